package fr.unicancer.content.structureddata;

import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the public site shows the content, for the {@code url}, {@code @id} and
 * {@code mainEntityOfPage} of the structured data. The service does not know the site's
 * routes, so each page is a template: {@code {slug}} and {@code {locale}} ({@code fr},
 * {@code en}) are replaced. Left empty, the properties that need it are omitted.
 *
 * @param siteUrl the public site's home page, the federation's {@code url}
 * @param centrePage a centre's page, such as
 * {@code https://www.example.org/{locale}/centres/{slug}}
 * @param programmePage a research programme's page
 * @param articlePage an article's page
 */
@ConfigurationProperties("unicancer.structured-data")
record StructuredDataProperties(String siteUrl, String centrePage, String programmePage, String articlePage) {

	String centrePage(String slug, ContentLocale locale) {
		return fill(this.centrePage, slug, locale);
	}

	String programmePage(String slug, ContentLocale locale) {
		return fill(this.programmePage, slug, locale);
	}

	String articlePage(String slug, ContentLocale locale) {
		return fill(this.articlePage, slug, locale);
	}

	String site() {
		return blank(this.siteUrl) ? null : this.siteUrl;
	}

	/** A node id within a page: the page's URL and a fragment, or null without a page. */
	static String idOn(String page, String fragment) {
		return (page != null) ? page + "#" + fragment : null;
	}

	private static String fill(String template, String slug, ContentLocale locale) {
		if (blank(template)) {
			return null;
		}
		return template.replace("{slug}", slug).replace("{locale}", locale.key());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
