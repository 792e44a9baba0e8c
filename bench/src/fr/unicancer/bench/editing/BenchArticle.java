package fr.unicancer.bench.editing;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A benchmark article and every successful save the benchmark made to it. */
public final class BenchArticle {

	public final int index;

	public final String id;

	public final String slug;

	/** Its English body and summary, sent again with every new English title, as an editor's form does. */
	final String englishSummary;

	final String englishBody;

	final AtomicInteger knownVersion;

	final ConcurrentLinkedQueue<Integer> savedVersions = new ConcurrentLinkedQueue<>();

	private int titleVersion;

	private String title;

	BenchArticle(int index, String id, String slug, int version, String englishTitle, String englishSummary,
			String englishBody) {
		this.index = index;
		this.id = id;
		this.slug = slug;
		this.knownVersion = new AtomicInteger(version);
		this.titleVersion = version;
		this.title = englishTitle;
		this.englishSummary = englishSummary;
		this.englishBody = englishBody;
	}

	/** Notes a save answered with {@code version}; {@code newTitle} if it set the English title. */
	void saved(int version, String newTitle) {
		this.savedVersions.add(version);
		this.knownVersion.accumulateAndGet(version, Math::max);
		if (newTitle != null) {
			synchronized (this) {
				if (version > this.titleVersion) {
					this.titleVersion = version;
					this.title = newTitle;
				}
			}
		}
	}

	/** The versions the successful saves were answered with, publication included. */
	public List<Integer> savedVersions() {
		return List.copyOf(this.savedVersions);
	}

	public synchronized String lastTitle() {
		return this.title;
	}

}
