package fr.unicancer.content.markdown;

import java.util.List;

import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.core.Violation;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code markdownPreview}: a body as readers would get it, while an editor writes it. The
 * HTML is what {@code body(format: HTML)} serves, by the same renderer and sanitiser; the
 * problems are those the body's {@link SafeMarkdown} rule refuses a save for, worded the
 * same. Editors only.
 */
@Controller
@EditorsOnly
class MarkdownPreviewController {

	@QueryMapping
	public MarkdownPreview markdownPreview(@Argument String markdown) {
		if (markdown.length() > Text.BODY) {
			throw new InvalidInputException(List.of(new Violation("markdown",
					"has " + markdown.length() + " characters; at most " + Text.BODY + " are allowed")));
		}
		return new MarkdownPreview(Markdown.render(markdown, BodyFormat.HTML), MarkdownSafety.problems(markdown));
	}

	/**
	 * What {@code markdownPreview} answers.
	 *
	 * @param html the body as served in HTML
	 * @param problems what a save of the body would be refused for; empty if none
	 */
	record MarkdownPreview(String html, List<String> problems) {

	}

}
