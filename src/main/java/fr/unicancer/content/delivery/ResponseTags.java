package fr.unicancer.content.delivery;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache tags of one response: what it shows, collected while it is computed, so that
 * a write drops (and a CDN purges) exactly the responses it makes stale.
 * <ul>
 * <li>{@code Article}: the response shows an article or a list of articles;</li>
 * <li>{@code Article:<id>}: it shows that article;</li>
 * <li>{@code Article:list}: it shows a list, a count or a search of articles, or looked
 * one up and found none: any article that comes, goes or changes may change it;</li>
 * <li>{@code Article:list:<id>}: it shows the articles that link to the document
 * {@code <id>} (a centre's articles, say);</li>
 * <li>{@code Article:lists}: it shows articles that another document links to (a
 * programme's articles stored on the programme): any article that appears or disappears
 * may change it.</li>
 * </ul>
 */
final class ResponseTags {

	/** The key of the collector in the GraphQL context. */
	static final String KEY = ResponseTags.class.getName();

	static final String LIST = ":list";

	static final String LISTS = ":lists";

	private final Set<String> tags = ConcurrentHashMap.newKeySet();

	void item(String type, String id) {
		this.tags.add(type);
		this.tags.add(type + ":" + id);
	}

	void list(String type) {
		this.tags.add(type);
		this.tags.add(type + LIST);
	}

	void listLinkingTo(String type, String id) {
		this.tags.add(type);
		this.tags.add(type + LIST + ":" + id);
	}

	void linkedList(String type) {
		this.tags.add(type);
		this.tags.add(type + LISTS);
	}

	/** The tags, sorted. */
	Set<String> all() {
		return Set.copyOf(new TreeSet<>(this.tags));
	}

}
