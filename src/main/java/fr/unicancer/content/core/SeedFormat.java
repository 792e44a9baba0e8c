package fr.unicancer.content.core;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * How the documents of a content type are written in the seed files and exports: the
 * file, the record people edit (references by slug rather than id), and the conversions
 * both ways.
 *
 * @param file the file name, such as {@code articles.json}
 * @param single whether the file holds one record rather than a list (the federation)
 * @param recordType the record of the file
 * @param id the record's id; null in hand-written seed files
 * @param slug the record's slug
 * @param version the record's version; null in hand-written seed files
 * @param references the record's references to other types, by slug
 * @param toDocument the stored document of a record
 * @param toRecord the record of a stored document
 * @param <D> the stored document
 * @param <S> the record of the file
 */
public record SeedFormat<D extends ContentDocument, S>(String file, boolean single, Class<S> recordType,
		Function<S, String> id, Function<S, String> slug, Function<S, Long> version, List<Reference<S>> references,
		ToDocument<S, D> toDocument, ToRecord<D, S> toRecord) {

	/** Records that are the stored documents themselves, with no references. */
	public static <D extends ContentDocument> SeedFormat<D, D> asStored(String file, boolean single, Class<D> type) {
		return new SeedFormat<>(file, single, type, D::id, D::slug, D::version, List.of(),
				(record, references, now) -> record, (document, references) -> document);
	}

	/**
	 * A reference field of a record.
	 *
	 * @param field the field, such as {@code centres}
	 * @param target the name of the type it refers to
	 * @param slugs the slugs it holds
	 * @param <S> the record
	 */
	public record Reference<S>(String field, String target, Function<S, List<String>> slugs) {

	}

	/** Builds a stored document from a record. */
	@FunctionalInterface
	public interface ToDocument<S, D> {

		/**
		 * @param references ids by slug of the documents already loaded
		 * @param now the time a published record without a date is published at
		 */
		D apply(S record, References references, Instant now);

	}

	/** Builds a record from a stored document. */
	@FunctionalInterface
	public interface ToRecord<D, S> {

		/**
		 * @param references slugs by id of every document
		 */
		S apply(D document, References references);

	}

}
