package fr.unicancer.content.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.publishing.PublicationState;
import fr.unicancer.content.publishing.PublicationStatus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

import org.springframework.stereotype.Component;

/**
 * The read index over Lucene: every indexed document's id, type, slug, publication,
 * locales, exact values and analysed text, on disk in its own directory. It answers which
 * documents a list, a count or a search holds, in order; the documents themselves are
 * read from the store by id. Writes are seen by the next search on this instance.
 * <p>
 * The directory is read through plain file reads rather than memory maps: the index's
 * pages then stay in the operating system's cache, not in the service's resident memory.
 */
@Component
public class ContentIndex implements AutoCloseable {

	/** The layout of the index; a different one on disk is rebuilt. */
	static final String FORMAT = "1";

	static final String FORMAT_KEY = "format";

	private static final String WEIGHT_PREFIX = "weight.";

	private static final int MAX_WORDS_LENGTH = 500;

	private final Analyzer analyzer = Analyzers.perField();

	private final Map<String, Float> weights = new ConcurrentHashMap<>();

	private volatile Opened opened;

	/**
	 * Opens the index in a directory, created if needed; an index that cannot be read
	 * (another layout, damaged) is replaced by an empty one.
	 */
	synchronized void open(Path path) {
		try {
			Files.createDirectories(path);
			Directory directory = new NIOFSDirectory(path);
			Map<String, String> committed;
			IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
			try {
				committed = lastCommit(directory);
			}
			catch (IOException | RuntimeException ex) {
				committed = Map.of();
				mode = IndexWriterConfig.OpenMode.CREATE;
			}
			if (!committed.isEmpty() && !FORMAT.equals(committed.get(FORMAT_KEY))) {
				committed = Map.of();
				mode = IndexWriterConfig.OpenMode.CREATE;
			}
			IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(this.analyzer).setOpenMode(mode).setRAMBufferSizeMB(32));
			committed.forEach((key, value) -> {
				if (key.startsWith(WEIGHT_PREFIX)) {
					this.weights.put(key.substring(WEIGHT_PREFIX.length()), Float.parseFloat(value));
				}
			});
			this.opened = new Opened(directory, writer, new SearcherManager(writer, null), committed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the read index in " + path, ex);
		}
	}

	/** Whether the index is open for reads and writes. */
	boolean isOpen() {
		return this.opened != null;
	}

	/**
	 * What the last commit recorded (format, position in the change log), empty if none.
	 */
	Map<String, String> committed() {
		return opened().committed();
	}

	/** Adds or replaces a document. */
	<D extends ContentDocument> void put(ContentType<D, ?> type, D document) {
		IndexedDocument indexed = IndexedDocument.of(type, document);
		this.weights.putAll(indexed.weights());
		try {
			opened().writer()
				.updateDocument(new Term(IndexedDocument.KEY, IndexedDocument.key(type.name(), document.id())),
						indexed.lucene());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes a document, if the index holds it. */
	void remove(String type, String id) {
		try {
			opened().writer().deleteDocuments(new Term(IndexedDocument.KEY, IndexedDocument.key(type, id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes every document, before a rebuild. */
	void clear() {
		try {
			opened().writer().deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes what was written visible to searches. */
	void refresh() {
		try {
			opened().searchers().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the index to its directory, with what to remember of it. */
	void commit(Map<String, String> data) {
		Map<String, String> recorded = new HashMap<>(data);
		recorded.put(FORMAT_KEY, FORMAT);
		this.weights.forEach((field, weight) -> recorded.put(WEIGHT_PREFIX + field, Float.toString(weight)));
		try {
			opened().writer().setLiveCommitData(recorded.entrySet());
			opened().writer().commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many documents the index holds. */
	int size() {
		return opened().writer().getDocStats().numDocs;
	}

	/** The page of documents a query asks for. */
	public IndexPage search(IndexQuery query) {
		Query filters = filters(query);
		Query text = text(query);
		Query matching = combine(filters, text, null);
		Query paged = (query.afterId != null) ? combine(filters, text, beyond(query)) : matching;
		IndexSearcher searcher = acquire();
		try {
			int wanted = query.offset + query.limit + 1;
			TopDocs found = (query.order == IndexQuery.Order.SCORE) ? searcher.search(paged, wanted)
					: searcher.search(paged, wanted, sort(query));
			StoredFields stored = searcher.storedFields();
			List<IndexPage.Hit> hits = new ArrayList<>();
			ScoreDoc[] docs = found.scoreDocs;
			for (int i = query.offset; i < Math.min(docs.length, query.offset + query.limit); i++) {
				Document document = stored.document(docs[i].doc, Set.of(IndexedDocument.ID, IndexedDocument.TYPE));
				hits.add(new IndexPage.Hit(document.get(IndexedDocument.TYPE), document.get(IndexedDocument.ID),
						Float.isNaN(docs[i].score) ? 0 : docs[i].score));
			}
			boolean more = docs.length > query.offset + query.limit;
			Long total = query.withTotal ? (long) searcher.count(matching) : null;
			return new IndexPage(hits, more, total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	/** The text part of a query, for highlighting what it matched; null without words. */
	Query text(IndexQuery query) {
		if (query.words == null || query.words.isBlank()) {
			return null;
		}
		if (query.words.length() > MAX_WORDS_LENGTH) {
			throw new InvalidArgumentException(query.wordsArgument, "'" + query.wordsArgument + "' has "
					+ query.words.length() + " characters; at most " + MAX_WORDS_LENGTH + " are searched");
		}
		if (!query.titlesOnly && !hasWords(query.words)) {
			throw new InvalidArgumentException(query.wordsArgument,
					"'" + query.wordsArgument + "' holds no word to search for, only punctuation");
		}
		Map<String, Float> fields = textFields(query);
		if (fields.isEmpty() && !query.titlesOnly) {
			return new MatchNoDocsQuery();
		}
		Query parsed;
		try {
			parsed = query.titlesOnly ? titleWords(query.words) : parser(fields).parse(query.words);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidArgumentException(query.wordsArgument,
					"'" + query.wordsArgument + "' asks for too many words or word beginnings; search fewer");
		}
		if (parsed == null || (parsed instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
			throw new InvalidArgumentException(query.wordsArgument,
					"'" + query.wordsArgument + "' holds no word to search for, only punctuation");
		}
		return parsed;
	}

	/** Whether the words hold any that French or English text could match. */
	private boolean hasWords(String words) {
		return tokens(IndexedDocument.TEXT_PREFIX + "any" + Analyzers.FRENCH, words) > 0
				|| tokens(IndexedDocument.TEXT_PREFIX + "any" + Analyzers.ENGLISH, words) > 0;
	}

	private int tokens(String field, String words) {
		try (TokenStream tokens = this.analyzer.tokenStream(field, words)) {
			tokens.reset();
			int count = 0;
			while (tokens.incrementToken()) {
				count++;
			}
			tokens.end();
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The analyzer of the index's fields, for highlighting with the same words. */
	Analyzer analyzer() {
		return this.analyzer;
	}

	@Override
	public synchronized void close() {
		Opened closing = this.opened;
		this.opened = null;
		if (closing == null) {
			return;
		}
		try {
			closing.searchers().close();
			closing.writer().close();
			closing.directory().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Opened opened() {
		Opened current = this.opened;
		if (current == null) {
			throw new IllegalStateException("The read index is not open");
		}
		return current;
	}

	private SimpleQueryParser parser(Map<String, Float> fields) {
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, fields,
				SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
						| SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
						| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
						| SimpleQueryParser.WHITESPACE_OPERATOR);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser;
	}

	/**
	 * Each word a part of a word of a title ({@code vaccin} finds {@code vaccination},
	 * {@code covid} finds {@code ONCOVID}), as the title search of lists always did.
	 */
	private Query titleWords(String words) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = false;
		try (TokenStream tokens = this.analyzer.tokenStream(IndexedDocument.TEXT_PREFIX + "any" + Analyzers.NEUTRAL,
				words)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String part = term.toString();
				part = part.substring(0, Math.min(part.length(), Analyzers.LONGEST_PART));
				all.add(new TermQuery(new Term(Analyzers.TITLE_PARTS, part)), BooleanClause.Occur.MUST);
				any = true;
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return any ? all.build() : null;
	}

	private Map<String, Float> textFields(IndexQuery query) {
		return this.weights.entrySet()
			.stream()
			.filter((field) -> query.wordsLocale == null || inLocale(field.getKey(), query.wordsLocale))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static boolean inLocale(String field, ContentLocale locale) {
		return field.endsWith(Analyzers.NEUTRAL) || field.endsWith("_" + locale.key());
	}

	private static Query filters(IndexQuery query) {
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		filters.add(anyTerm(IndexedDocument.TYPE, query.types), BooleanClause.Occur.FILTER);
		if (query.visibleAt != null) {
			filters.add(new TermQuery(new Term(IndexedDocument.STATUS, "PUBLISHED")), BooleanClause.Occur.FILTER);
			// Excludes the few scheduled for later rather than matching the many
			// published
			// before now: a range over most of the index costs a pass over it at every
			// read.
			long now = query.visibleAt.toEpochMilli();
			if (now < Long.MAX_VALUE) {
				filters.add(LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT, now + 1, Long.MAX_VALUE),
						BooleanClause.Occur.MUST_NOT);
			}
		}
		if (query.scheduledAfter != null) {
			filters.add(new TermQuery(new Term(IndexedDocument.STATUS, "PUBLISHED")), BooleanClause.Occur.FILTER);
			filters.add(LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT, query.scheduledAfter.toEpochMilli() + 1,
					Long.MAX_VALUE), BooleanClause.Occur.FILTER);
		}
		for (IndexQuery.Condition condition : query.conditions) {
			filters.add(condition(condition), BooleanClause.Occur.FILTER);
		}
		return filters.build();
	}

	private static Query condition(IndexQuery.Condition condition) {
		if (condition instanceof IndexQuery.Condition.Keywords keywords) {
			return anyTerm(IndexedDocument.KEYWORD_PREFIX + keywords.field(), keywords.values());
		}
		if (condition instanceof IndexQuery.Condition.Either either) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			either.conditions().forEach((each) -> any.add(condition(each), BooleanClause.Occur.SHOULD));
			return any.setMinimumNumberShouldMatch(1).build();
		}
		if (condition instanceof IndexQuery.Condition.States states) {
			return states(states);
		}
		IndexQuery.Condition.Published published = (IndexQuery.Condition.Published) condition;
		return LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT,
				(published.from() != null) ? published.from().toEpochMilli() : Long.MIN_VALUE + 1,
				(published.to() != null) ? published.to().toEpochMilli() - 1 : Long.MAX_VALUE);
	}

	/**
	 * Documents in any of the states: drafts and unpublished ones by their stored status;
	 * scheduled and published ones by their status and whether their publication instant
	 * is after the instant asked about.
	 */
	private static Query states(IndexQuery.Condition.States states) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		long at = states.at().toEpochMilli();
		Query published = new TermQuery(new Term(IndexedDocument.STATUS, PublicationStatus.PUBLISHED.name()));
		Query later = LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT, (at < Long.MAX_VALUE) ? at + 1 : at,
				Long.MAX_VALUE);
		for (PublicationState state : states.states()) {
			Query matching = switch (state) {
				// A document stored without a status is a draft, as editors see it.
				case DRAFT -> anyTerm(IndexedDocument.STATUS, List.of(PublicationStatus.DRAFT.name(), "null"));
				case UNPUBLISHED ->
					new TermQuery(new Term(IndexedDocument.STATUS, PublicationStatus.UNPUBLISHED.name()));
				case SCHEDULED -> new BooleanQuery.Builder().add(published, BooleanClause.Occur.FILTER)
					.add(later, BooleanClause.Occur.FILTER)
					.build();
				case PUBLISHED -> new BooleanQuery.Builder().add(published, BooleanClause.Occur.FILTER)
					.add(later, BooleanClause.Occur.MUST_NOT)
					.build();
			};
			any.add(matching, BooleanClause.Occur.SHOULD);
		}
		return any.setMinimumNumberShouldMatch(1).build();
	}

	private static Query anyTerm(String field, List<String> values) {
		if (values.size() == 1) {
			return new TermQuery(new Term(field, values.get(0)));
		}
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/** The documents after the cursor, in the order read. */
	private static Query beyond(IndexQuery query) {
		boolean descending = query.descending;
		Query later;
		Query same;
		if (query.order == IndexQuery.Order.SLUG) {
			String slug = String.valueOf(query.afterValue);
			later = descending ? TermRangeQuery.newStringRange(IndexedDocument.SLUG, null, slug, true, false)
					: TermRangeQuery.newStringRange(IndexedDocument.SLUG, slug, null, false, true);
			same = new TermQuery(new Term(IndexedDocument.SLUG, slug));
		}
		else {
			long value = (query.afterValue instanceof java.time.Instant instant) ? instant.toEpochMilli()
					: IndexedDocument.ALWAYS;
			later = descending
					? ((value == Long.MIN_VALUE) ? new MatchNoDocsQuery()
							: LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT, Long.MIN_VALUE, value - 1))
					: ((value == Long.MAX_VALUE) ? new MatchNoDocsQuery()
							: LongPoint.newRangeQuery(IndexedDocument.PUBLISHED_AT, value + 1, Long.MAX_VALUE));
			same = LongPoint.newExactQuery(IndexedDocument.PUBLISHED_AT, value);
		}
		Query laterId = descending ? TermRangeQuery.newStringRange(IndexedDocument.ID, null, query.afterId, true, false)
				: TermRangeQuery.newStringRange(IndexedDocument.ID, query.afterId, null, false, true);
		BooleanQuery sameValueLaterId = new BooleanQuery.Builder().add(same, BooleanClause.Occur.FILTER)
			.add(laterId, BooleanClause.Occur.FILTER)
			.build();
		return new BooleanQuery.Builder().add(later, BooleanClause.Occur.SHOULD)
			.add(sameValueLaterId, BooleanClause.Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
	}

	private static Query combine(Query filters, Query text, Query beyond) {
		BooleanQuery.Builder combined = new BooleanQuery.Builder().add(filters, BooleanClause.Occur.FILTER);
		if (text != null) {
			combined.add(text, BooleanClause.Occur.MUST);
		}
		if (beyond != null) {
			combined.add(beyond, BooleanClause.Occur.FILTER);
		}
		return combined.build();
	}

	private static Sort sort(IndexQuery query) {
		boolean reverse = query.descending;
		SortField first = (query.order == IndexQuery.Order.SLUG)
				? new SortField(IndexedDocument.SLUG, SortField.Type.STRING, reverse)
				: new SortField(IndexedDocument.PUBLISHED_AT, SortField.Type.LONG, reverse);
		return new Sort(first, new SortField(IndexedDocument.ID, SortField.Type.STRING, reverse));
	}

	private IndexSearcher acquire() {
		try {
			return opened().searchers().acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			opened().searchers().release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Opened(Directory directory, IndexWriter writer, SearcherManager searchers,
			Map<String, String> committed) {

	}

	private static Map<String, String> lastCommit(Directory directory) throws IOException {
		try {
			return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
		}
		catch (IndexNotFoundException ex) {
			return Map.of();
		}
	}

}
