package fr.unicancer.content.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer}: who the request's token says the caller is and what it lets them do, so
 * that an editing tool shows the right screens. Null without a token: anyone may ask.
 */
@Controller
class ViewerController {

	private final CurrentEditor currentEditor;

	ViewerController(CurrentEditor currentEditor) {
		this.currentEditor = currentEditor;
	}

	@QueryMapping
	public Viewer viewer() {
		return this.currentEditor.find()
			.map((editor) -> new Viewer(editor.subject(), editor.name(),
					Arrays.stream(Role.values()).filter(this.currentEditor::has).toList()))
			.orElse(null);
	}

	/**
	 * The caller, as their token names them.
	 *
	 * @param subject the token's subject
	 * @param name a readable name
	 * @param roles the roles the token grants
	 */
	record Viewer(String subject, String name, List<Role> roles) {

	}

}
