package fr.unicancer.content.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The content types as the API names them in filters ({@code ContentType} in the schema:
 * {@code ARTICLE}, {@code CENTRE}...), each with the name its documents and changes
 * carry.
 */
public enum ContentKind {

	ARTICLE("Article"), RESEARCH_PROGRAMME("ResearchProgramme"), CENTRE("Centre"), STRATEGY_PILLAR("StrategyPillar"),
	FEDERATION("Federation");

	private final String typeName;

	ContentKind(String typeName) {
		this.typeName = typeName;
	}

	/**
	 * The type's name, such as {@code Article}, as {@link ContentType#name()} gives it.
	 */
	public String typeName() {
		return this.typeName;
	}

	/** The kind of a type's name, if the API names it. */
	public static Optional<ContentKind> ofTypeName(String typeName) {
		return Arrays.stream(values()).filter((kind) -> kind.typeName.equals(typeName)).findFirst();
	}

}
