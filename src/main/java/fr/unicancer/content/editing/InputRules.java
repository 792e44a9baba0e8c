package fr.unicancer.content.editing;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks an editor's input against the Bean Validation constraints of its record, and
 * hands the violations on with the rules only code can check (known slugs, the stored
 * document's state), so that one refusal names every field at fault. Called by the
 * editors, after method security let the caller through: a caller without a token learns
 * nothing about the input rules.
 */
@Component
public class InputRules {

	private final Validator validator;

	public InputRules(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The violations of the input's constraints, each named by its path under
	 * {@code input}; more can be added before {@link Violations#orThrow()}.
	 */
	public Violations check(Object input) {
		Violations violations = new Violations("input", input.getClass());
		this.validator.validate(input)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> violation) -> field(violation.getPropertyPath()))
				.thenComparing(ConstraintViolation::getMessage))
			.forEach((violation) -> violations.fail(field(violation.getPropertyPath()), violation.getMessage()));
		return violations;
	}

	/**
	 * The input path of a violation as the client wrote it: list elements as indexes
	 * ({@code translations[0].title}, {@code topics[2]}), method and parameter nodes of a
	 * method's validation left out.
	 */
	public static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD) {
				continue;
			}
			// A node inside a list carries the element's index: it belongs after the
			// list.
			if (node.isInIterable() && node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(node.getName());
			}
		}
		return field.toString();
	}

}
