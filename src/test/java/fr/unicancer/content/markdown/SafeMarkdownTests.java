package fr.unicancer.content.markdown;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraint names every problem and cannot be made to interpolate what it quotes.
 */
class SafeMarkdownTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void startValidation() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stopValidation() {
		factory.close();
	}

	@Test
	void shouldAcceptNullAndOrdinaryMarkdown() {
		assertThat(validator.validate(new Body(null))).isEmpty();
		assertThat(validator.validate(new Body("Voir [le site](https://www.unicancer.fr). Note : les données.")))
			.isEmpty();
	}

	@Test
	void shouldListEveryProblemInTheMessage() {
		Set<ConstraintViolation<Body>> violations = validator
			.validate(new Body("[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>"));
		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.getPropertyPath()).hasToString("markdown");
			assertThat(violation.getMessage())
				.isEqualTo("a link goes to 'javascript:alert(1)', which is not an http, https, mailto or tel address; "
						+ "the HTML attribute onerror on <img> is an event handler, which runs code");
		});
	}

	@Test
	void shouldQuoteTheAuthorsTextWithoutInterpolatingIt() {
		String hostile = "[x](javascript:${1+1}{jakarta.validation.constraints.NotNull.message}\\{min})";
		Set<ConstraintViolation<Body>> violations = validator.validate(new Body(hostile));
		assertThat(violations).singleElement()
			.extracting(ConstraintViolation::getMessage)
			.isEqualTo("a link goes to 'javascript:${1+1}{jakarta.validation.constraints.NotNull.message}{min}', "
					+ "which is not an http, https, mailto or tel address");
	}

	@Test
	void shouldApplyToEachElementOfAList() {
		assertThat(validator.validate(new Sections(List.of("ok", "<script>x</script>")))).singleElement()
			.satisfies((violation) -> assertThat(violation.getPropertyPath()).hasToString("bodies[1].<list element>"));
	}

	@Test
	void shouldKeepTheDefaultMessage() throws NoSuchMethodException {
		assertThat(SafeMarkdown.class.getMethod("message").getDefaultValue()).isEqualTo(
				"contains a script, style, frame, event handler or a link that is not http, https, mailto or tel");
	}

	@Test
	void shouldEscapeMessageSyntax() {
		assertThat(SafeMarkdownValidator.escaped("a\\b{c}$d")).isEqualTo("a\\\\b\\{c\\}\\$d");
	}

	record Body(@SafeMarkdown String markdown) {
	}

	record Sections(List<@SafeMarkdown String> bodies) {
	}

}
