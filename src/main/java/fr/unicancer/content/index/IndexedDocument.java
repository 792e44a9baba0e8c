package fr.unicancer.content.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.IndexFields;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.publishing.PublicationStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * One document of the store as the index holds it: what every type has (type, id, slug,
 * publication, locales), for filtering and sorting, and what its declaration adds: exact
 * values ({@code k.<name>}) and analysed text ({@code t.<name>_<language>}). Nothing is
 * stored but the id: results are read back from the store by id.
 */
final class IndexedDocument implements IndexFields {

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String SLUG = "slug";

	static final String STATUS = "status";

	static final String PUBLISHED_AT = "publishedAt";

	static final String LOCALE = "k.locale";

	static final String KEYWORD_PREFIX = "k.";

	/** The text fields that name a document: titles, acronyms, names. */
	static final java.util.Set<String> TITLES = java.util.Set.of("title", "acronym", "name", "shortName");

	static final String TEXT_PREFIX = "t.";

	/** The publication instant of types without a workflow: always past. */
	static final long ALWAYS = Long.MIN_VALUE;

	private final Document lucene = new Document();

	private final List<IndexedText> texts = new ArrayList<>();

	private IndexedDocument() {
	}

	/** A document of a type, ready to be written to the index. */
	static <D extends ContentDocument> IndexedDocument of(ContentType<D, ?> type, D document) {
		IndexedDocument indexed = new IndexedDocument();
		Document fields = indexed.lucene;
		fields.add(new StringField(KEY, key(type.name(), document.id()), Field.Store.NO));
		fields.add(new StringField(TYPE, type.name(), Field.Store.YES));
		fields.add(new StringField(KEYWORD_PREFIX + "type", type.name(), Field.Store.NO));
		fields.add(new StringField(ID, document.id(), Field.Store.YES));
		fields.add(new SortedDocValuesField(ID, new BytesRef(document.id())));
		String slug = (document.slug() != null) ? document.slug() : "";
		fields.add(new StringField(SLUG, slug, Field.Store.NO));
		fields.add(new SortedDocValuesField(SLUG, new BytesRef(slug)));
		PublicationStatus status = type.publishable() ? document.publicationStatus() : PublicationStatus.PUBLISHED;
		fields.add(new StringField(STATUS, String.valueOf(status), Field.Store.NO));
		long publishedAt = publishedAt(type, document.publishedAt());
		fields.add(new LongPoint(PUBLISHED_AT, publishedAt));
		fields.add(new NumericDocValuesField(PUBLISHED_AT, publishedAt));
		for (ContentLocale locale : LocaleResolver.available(document.content())) {
			fields.add(new StringField(LOCALE, locale.key(), Field.Store.NO));
		}
		indexing(type).accept(document, indexed);
		return indexed;
	}

	/** The text fields the declaration gives a document, for highlighting it. */
	static <D extends ContentDocument> List<IndexedText> texts(ContentType<D, ?> type, D document) {
		IndexedDocument indexed = new IndexedDocument();
		indexing(type).accept(document, indexed);
		return indexed.texts;
	}

	static String key(String type, String id) {
		return type + ":" + id;
	}

	static long publishedAt(ContentType<?, ?> type, Instant publishedAt) {
		if (!type.publishable()) {
			return ALWAYS;
		}
		return (publishedAt != null) ? publishedAt.toEpochMilli() : ALWAYS;
	}

	static String textField(String name, ContentLocale locale) {
		return TEXT_PREFIX + name + ((locale == ContentLocale.FR) ? Analyzers.FRENCH
				: (locale == ContentLocale.EN) ? Analyzers.ENGLISH : Analyzers.NEUTRAL);
	}

	Document lucene() {
		return this.lucene;
	}

	/** The weight of each text field, for the index's record of them. */
	Map<String, Float> weights() {
		Map<String, Float> weights = new java.util.HashMap<>();
		this.texts.forEach((text) -> weights.put(text.field(), text.weight()));
		return weights;
	}

	@Override
	public IndexFields keywords(String field, Collection<String> values) {
		if (values != null) {
			for (String value : values) {
				if (value != null) {
					this.lucene.add(new StringField(KEYWORD_PREFIX + field, value, Field.Store.NO));
				}
			}
		}
		return this;
	}

	@Override
	public IndexFields text(String field, ContentLocale locale, String text, float weight) {
		if (text != null && !text.isBlank()) {
			String name = textField(field, locale);
			this.lucene.add(new TextField(name, text, Field.Store.NO));
			if (TITLES.contains(field)) {
				this.lucene.add(new TextField(Analyzers.TITLE_PARTS, text, Field.Store.NO));
			}
			this.texts.add(new IndexedText(name, field, text, weight));
		}
		return this;
	}

	private static <D extends ContentDocument> BiConsumer<D, IndexFields> indexing(ContentType<D, ?> type) {
		return type.indexing();
	}

}
