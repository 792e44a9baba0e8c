package fr.unicancer.content.i18n;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Locale settings.
 *
 * @param defaultLocale locale served when neither the query nor {@code Accept-Language}
 * asks for a supported one; the federation's default
 * @param fallback for each locale, the locales to try in order when a document has no
 * content in it
 */
@ConfigurationProperties("unicancer.i18n")
public record LocaleProperties(@DefaultValue("FR") ContentLocale defaultLocale,
		Map<ContentLocale, List<ContentLocale>> fallback) {

	public LocaleProperties {
		if (fallback == null || fallback.isEmpty()) {
			fallback = Map.of(ContentLocale.FR, List.of(ContentLocale.EN), ContentLocale.EN, List.of(ContentLocale.FR));
		}
	}

}
