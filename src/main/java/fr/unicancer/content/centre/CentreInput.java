package fr.unicancer.content.centre;

import java.util.List;

import fr.unicancer.content.editing.EmailAddress;
import fr.unicancer.content.editing.HttpUrl;
import fr.unicancer.content.editing.PhoneNumber;
import fr.unicancer.content.editing.Slug;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.editing.Translated;
import fr.unicancer.content.i18n.ContentLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the centre mutations, as the schema declares them, with their rules. */
final class CentreInput {

	private CentreInput() {
	}

	/**
	 * Changes to a centre; absent fields stay. The optional fields are
	 * {@link ArgumentValue}s because an explicit {@code null} removes them, which an
	 * absent field must not.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param name new name
	 * @param shortName new short name, or null to remove it
	 * @param group new group slug (sites of one centre), or null to remove it
	 * @param aliases other names, replacing the old ones
	 * @param city new city
	 * @param region new region
	 * @param address new postal address, or null to remove it
	 * @param location new coordinates
	 * @param phone new phone number, or null to remove it
	 * @param email new e-mail address, or null to remove it
	 * @param website new website, or null to remove it
	 * @param expertise new expertise tags, replacing the old ones
	 */
	record Update(@NotNull String id, long expectedVersion, @Text(max = Text.TITLE) String name,
			ArgumentValue<@Text(max = Text.LINE) String> shortName, ArgumentValue<@Slug String> group,
			@Size(max = 20, message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> aliases,
			@Text(max = Text.LINE) String city, @Text(max = Text.LINE) String region,
			ArgumentValue<@Valid PostalAddress> address, @Valid GeoPoint location,
			ArgumentValue<@PhoneNumber String> phone, ArgumentValue<@EmailAddress String> email,
			ArgumentValue<@HttpUrl String> website,
			@Size(max = 50, message = "at most {max} values are allowed") List<@Slug String> expertise) {

	}

	/**
	 * A centre's text in one locale.
	 *
	 * @param locale the locale
	 * @param summary short presentation, plain text
	 */
	record Translation(@NotNull ContentLocale locale,
			@NotNull(message = "must not be blank") @Text(max = Text.SHORT) String summary) implements Translated {

	}

	/**
	 * Adds or replaces the text in one locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param translation the text
	 */
	record SetTranslation(@NotNull String id, long expectedVersion, @NotNull @Valid Translation translation) {

	}

}
