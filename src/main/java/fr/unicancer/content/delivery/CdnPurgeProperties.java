package fr.unicancer.content.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The CDN purge hooks: HTTP calls the service makes when content changes, naming the
 * cache tags whose responses a CDN must drop (docs/CDN.md). No hook, no call.
 * <p>
 * A hook's body and header values may hold placeholders, replaced by the tags of the
 * call: {@code {tags.json}} (a JSON array of strings), {@code {tags.space}} (separated by
 * spaces) and {@code {tags.comma}} (separated by commas). Secrets come from the
 * environment through Spring's own placeholders, such as {@code Fastly-Key:
 * ${FASTLY_API_TOKEN}}, never from the repository.
 *
 * @param hooks the hooks called, each with every changed tag
 * @param timeout how long one call may take to connect, and then to answer, before it
 * counts as failed
 * @param coalesce how long tags are gathered before they are sent: the tags of the
 * changes saved within this window go out in one call per hook
 * @param retry how failed calls are retried
 * @param shutdownGrace how long stopping the service waits for the calls not yet sent;
 * what is still waiting after it, or waiting for a retry, is not purged
 * @param queueCapacity the most calls waiting to be sent; beyond it, tags wait with the
 * ones not yet sent and go out in a later call
 */
@ConfigurationProperties("unicancer.delivery.purge")
public record CdnPurgeProperties(@DefaultValue List<Hook> hooks, @DefaultValue("5s") Duration timeout,
		@DefaultValue("100ms") Duration coalesce, @DefaultValue Retry retry, @DefaultValue("2s") Duration shutdownGrace,
		@DefaultValue("100") int queueCapacity) {

	public CdnPurgeProperties {
		hooks = (hooks != null) ? List.copyOf(hooks) : List.of();
		Set<String> names = new HashSet<>();
		for (int index = 0; index < hooks.size(); index++) {
			Hook hook = hooks.get(index);
			String path = "unicancer.delivery.purge.hooks[" + index + "]";
			if (!StringUtils.hasText(hook.name())) {
				throw new IllegalArgumentException(path + ".name must be set");
			}
			if (!names.add(hook.name())) {
				throw new IllegalArgumentException(path + ".name '" + hook.name() + "' is used by another hook");
			}
			if (hook.url() == null || !("http".equalsIgnoreCase(hook.url().getScheme())
					|| "https".equalsIgnoreCase(hook.url().getScheme()))) {
				throw new IllegalArgumentException(path + ".url must be an absolute http or https URL");
			}
			if (hook.maxTagsPerCall() < 1) {
				throw new IllegalArgumentException(path + ".max-tags-per-call must be at least 1");
			}
		}
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("unicancer.delivery.purge.timeout must be positive");
		}
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("unicancer.delivery.purge.queue-capacity must be at least 1");
		}
	}

	/**
	 * One purge call to make.
	 *
	 * @param name the hook's name, in logs and metrics; unique
	 * @param url the URL called
	 * @param method the HTTP method, such as {@code POST} or Varnish's {@code PURGE}
	 * @param headers the request's headers; values may hold placeholders. A body without
	 * a {@code Content-Type} header is sent as {@code application/json}
	 * @param body the request's body, with placeholders; empty, none is sent
	 * @param maxTagsPerCall the most tags in one call; more are split into several calls
	 */
	public record Hook(String name, URI url, @DefaultValue("POST") String method,
			@DefaultValue Map<String, String> headers, @DefaultValue("") String body,
			@DefaultValue("30") int maxTagsPerCall) {

		public Hook {
			method = StringUtils.hasText(method) ? method.trim().toUpperCase(Locale.ROOT) : "POST";
			headers = (headers != null) ? Map.copyOf(headers) : Map.of();
			body = (body != null) ? body : "";
		}

	}

	/**
	 * How a failed call (an answer other than 2xx, a timeout, a refused connection) is
	 * retried: after {@code initialDelay}, then twice as long each time up to
	 * {@code maxDelay}, each delay shortened at random by up to half (so that instances
	 * do not retry in step), until {@code giveUpAfter} has passed since the first
	 * attempt; one last attempt is then made, and the tags are given up.
	 *
	 * @param initialDelay the delay before the first retry
	 * @param maxDelay the longest delay between two attempts
	 * @param giveUpAfter how long after its first attempt a call is given up
	 */
	public record Retry(@DefaultValue("1s") Duration initialDelay, @DefaultValue("5m") Duration maxDelay,
			@DefaultValue("1h") Duration giveUpAfter) {

	}

}
