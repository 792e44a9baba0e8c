package fr.unicancer.content.editing;

import java.util.List;

import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.core.Violation;
import fr.unicancer.content.i18n.ContentLocale;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.data.ArgumentValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The input constraints one by one, the paths and order violations are reported in, and
 * the change list of revisions.
 */
class InputRulesTests {

	private final InputRules rules = new InputRules(Validation.buildDefaultValidatorFactory().getValidator());

	@ParameterizedTest
	@ValueSource(
			strings = { "Centre Léon Bérard", "-leading", "trailing-", "double--hyphen", "UPPER", "with space", "" })
	void shouldRefuseSlugsThatAreNotLowerCaseWordsJoinedByHyphens(String slug) {
		assertThat(refused(new Input(slug, null, null, null, null, List.of(), ArgumentValue.omitted())))
			.extracting(Violation::field)
			.containsExactly("input.slug");
	}

	@Test
	void shouldQuoteTheRefusedSlugWithoutReadingItAsATemplate() {
		assertThat(refused(new Input("${1+1} {max}", null, null, null, null, List.of(), ArgumentValue.omitted())))
			.singleElement()
			.satisfies((violation) -> assertThat(violation.message()).startsWith("'${1+1} {max}' is not a slug"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "ftp://example.org", "//example.org", "not a url", "https://" })
	void shouldRefuseUrlsThatAreNotHttp(String url) {
		assertThat(refused(new Input("ok", url, null, null, null, List.of(), ArgumentValue.omitted())))
			.extracting(Violation::field)
			.containsExactly("input.website");
	}

	@Test
	void shouldAcceptWhatIsValidAndAbsentOptionalFields() {
		assertThatNoException().isThrownBy(
				() -> this.rules
					.check(new Input("centre-leon-berard", "https://www.centreleonberard.fr", "+33 4 78 78 28 28",
							"contact@lyon.unicancer.fr", "Lyon", List.of(new Text(ContentLocale.FR, "Bonjour")),
							ArgumentValue.omitted()))
					.orThrow());
		assertThatNoException().isThrownBy(() -> this.rules
			.check(new Input("ok", null, null, null, null, List.of(), ArgumentValue.ofNullable(null)))
			.orThrow());
	}

	@Test
	void shouldReportEveryViolationAtOnceInTheOrderOfTheInputsFields() {
		InvalidInputException refused = refusal(new Input("Bad Slug", "ftp://x", "call me", "nobody", " ",
				List.of(new Text(ContentLocale.FR, "Un"), new Text(ContentLocale.FR, " ")),
				ArgumentValue.ofNullable("x".repeat(201))));
		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactly("input.slug", "input.website", "input.phone", "input.email", "input.city",
					"input.translations[1].locale", "input.translations[1].text", "input.shortName");
		assertThat(refused.violations()).extracting(Violation::message)
			.contains("must not be blank", "the FR text is given twice", "'nobody' is not an e-mail address",
					"has 201 characters; at most 200 are allowed");
		assertThat(refused.argument()).isEqualTo("input.slug");
	}

	@Test
	void shouldOrderTheRulesCheckedInCodeWithTheConstraints() {
		Violations violations = this.rules
			.check(new Input("Bad Slug", null, null, null, null, List.of(), ArgumentValue.omitted()));
		violations.fail("translations[0].locale", "checked in code");
		violations.fail("slug", "another slug rule");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(violations::orThrow)
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("input.slug", "input.slug", "input.translations[0].locale"));
	}

	@Test
	void shouldListTheStoredFieldsARevisionChanged() {
		Document before = Document
			.parse("{_id: 1, version: 1, slug: 'a', content: {fr: {title: 'T', body: 'B'}}, topics: ['x'], audit: {}}");
		Document after = Document.parse(
				"{_id: 1, version: 2, slug: 'a', content: {fr: {title: 'T2', body: 'B'}, en: {title: 'E'}}, audit: {x: 1}}");
		assertThat(ContentWriter.changedFields(before, after)).containsExactly("content.en", "content.fr.title",
				"topics");
	}

	private List<Violation> refused(Object input) {
		return refusal(input).violations();
	}

	private InvalidInputException refusal(Object input) {
		try {
			this.rules.check(input).orThrow();
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError(input + " was accepted");
	}

	record Input(@Slug String slug, @HttpUrl String website, @PhoneNumber String phone, @EmailAddress String email,
			@fr.unicancer.content.editing.Text(max = 200) String city, @UniqueLocales List<@Valid Text> translations,
			ArgumentValue<@fr.unicancer.content.editing.Text(max = 200) String> shortName) {

	}

	record Text(ContentLocale locale, @fr.unicancer.content.editing.Text(max = 100) String text) implements Translated {

	}

}
