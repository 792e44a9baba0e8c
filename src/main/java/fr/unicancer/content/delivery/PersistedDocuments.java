package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.unicancer.content.delivery.DeliveryProperties.DocumentMode;
import fr.unicancer.content.graphql.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The documents the service knows by id: the trusted ones, read at start from
 * {@code graphql/operations/} and the configured manifests, and those clients register by
 * automatic persisted queries. Decides, by the configured mode, which document a request
 * runs, or why it runs none.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PersistedDocuments {

	private static final Logger logger = LoggerFactory.getLogger(PersistedDocuments.class);

	private static final String OPERATIONS = "classpath:graphql/operations/**/*.graphql";

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	static final String SHA256_PREFIX = "sha256:";

	private final DocumentMode mode;

	/**
	 * Trusted documents by every id they are known by: {@code sha256:<hex>} and manifest
	 * keys.
	 */
	private final Map<String, String> trusted = new LinkedHashMap<>();

	private final Cache<String, String> registered;

	PersistedDocuments(DeliveryProperties properties) throws IOException {
		this.mode = properties.documents().mode();
		this.registered = Caffeine.newBuilder().maximumSize(properties.documents().apqMaxEntries()).build();
		Resource[] operations = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
			.getResources(OPERATIONS);
		for (Resource operation : operations) {
			try (InputStream in = operation.getInputStream()) {
				trust(null, new String(in.readAllBytes(), StandardCharsets.UTF_8), operation.getFilename());
			}
		}
		for (String manifest : properties.documents().manifests()) {
			readManifest(Path.of(manifest));
		}
		logger.info("{} trusted documents known ({} operations, {} manifests); anonymous callers may run {}",
				this.trusted.values().stream().distinct().count(), operations.length,
				properties.documents().manifests().size(), describe(this.mode));
	}

	/**
	 * The document a request runs, or the reason it runs none.
	 * @param editor whether the caller sent a token: editors may run any document
	 */
	Resolution resolve(IncomingRequest request, boolean editor) {
		boolean anyText = editor || this.mode == DocumentMode.ANY;
		if (request.documentId() != null) {
			String id = request.documentId();
			String document = this.trusted.get(id);
			if (document == null && id.startsWith(SHA256_PREFIX) && (anyText || this.mode == DocumentMode.APQ)) {
				document = this.registered.getIfPresent(id.substring(SHA256_PREFIX.length()));
			}
			return (document != null) ? new Resolution.Run(document, hash(document))
					: new Resolution.Refused(ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND, false,
							"No persisted document has the id '" + id + "'; send its text with "
									+ "\"query\", or register it in a manifest");
		}
		String hash = request.persistedQueryHash();
		if (hash != null) {
			return persistedQuery(request.query(), hash, anyText || this.mode == DocumentMode.APQ);
		}
		if (request.query() == null || request.query().isBlank()) {
			return new Resolution.Refused(ErrorCode.INVALID_REQUEST, false, IncomingRequest.MALFORMED);
		}
		String textHash = hash(request.query());
		if (anyText || this.trusted.containsKey(SHA256_PREFIX + textHash)) {
			return new Resolution.Run(request.query(), textHash);
		}
		return new Resolution.Refused(ErrorCode.DOCUMENT_NOT_TRUSTED, false, (this.mode == DocumentMode.APQ)
				? "This service runs persisted documents only: send \"documentId\" or an automatic persisted query"
				: "This service runs trusted documents only, and this document is not one of them: "
						+ "register it in a manifest, or send the id of a registered one");
	}

	/**
	 * Apollo's automatic persisted queries: the hash alone, then the text to register it.
	 */
	private Resolution persistedQuery(String query, String hash, boolean mayRegister) {
		if (!SHA256_HEX.matcher(hash).matches()) {
			return new Resolution.Refused(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, false,
					"'extensions.persistedQuery.sha256Hash' must be the SHA-256 of the document, in hexadecimal");
		}
		if (query == null) {
			String document = this.trusted.get(SHA256_PREFIX + hash);
			if (document == null && mayRegister) {
				document = this.registered.getIfPresent(hash);
			}
			// Apollo Client matches this message to send the document's text next.
			return (document != null) ? new Resolution.Run(document, hash)
					: new Resolution.Refused(ErrorCode.PERSISTED_QUERY_NOT_FOUND, true, "PersistedQueryNotFound");
		}
		if (!hash(query).equals(hash)) {
			return new Resolution.Refused(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, false,
					"'extensions.persistedQuery.sha256Hash' is not the SHA-256 of the document sent with it");
		}
		if (this.trusted.containsKey(SHA256_PREFIX + hash)) {
			return new Resolution.Run(query, hash);
		}
		if (!mayRegister) {
			return new Resolution.Refused(ErrorCode.DOCUMENT_NOT_TRUSTED, false,
					"This service runs trusted documents only, and this document is not one of them");
		}
		this.registered.put(hash, query);
		return new Resolution.Run(query, hash);
	}

	private void readManifest(Path path) throws IOException {
		Map<?, ?> manifest;
		try {
			manifest = JsonMapper.shared().readValue(Files.readAllBytes(path), Map.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The document manifest " + path
					+ " is not a JSON object of ids and documents: " + ex.getOriginalMessage(), ex);
		}
		manifest.forEach((id, document) -> {
			if (!(document instanceof String text)) {
				throw new IllegalStateException("In the document manifest " + path + ", the value of '" + id
						+ "' is not a document (a string)");
			}
			trust(String.valueOf(id), text, path.toString());
		});
	}

	private void trust(String id, String document, String source) {
		String hash = hash(document);
		if (id != null) {
			String key = id.startsWith(SHA256_PREFIX) ? id.substring(SHA256_PREFIX.length()) : id;
			if (SHA256_HEX.matcher(key).matches() && !key.equals(hash)) {
				throw new IllegalStateException("In the document manifest " + source + ", the id '" + id
						+ "' is not the SHA-256 of its document (" + hash + ")");
			}
			this.trusted.put(id, document);
		}
		this.trusted.put(SHA256_PREFIX + hash, document);
	}

	/** The SHA-256 of a document's UTF-8 text, in lower-case hexadecimal. */
	static String hash(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(DocumentMode mode) {
		return switch (mode) {
			case ANY -> "any document";
			case APQ -> "persisted documents and automatic persisted queries";
			case TRUSTED -> "trusted documents only";
		};
	}

	/** What a request runs. */
	sealed interface Resolution {

		/** Runs this document, whose SHA-256 is {@code hash}. */
		record Run(String document, String hash) implements Resolution {
		}

		/**
		 * Runs nothing.
		 *
		 * @param alwaysOk answered with HTTP 200 whatever the media type, as Apollo
		 * Client expects of {@code PersistedQueryNotFound}
		 */
		record Refused(ErrorCode code, boolean alwaysOk, String message) implements Resolution {

			/**
			 * 400 for a request without a document; else as for a validation error: 400
			 * in GraphQL's media type, 200 in plain JSON. A 400 to
			 * {@code PersistedQueryNotFound} would make Apollo Client stop persisting.
			 */
			HttpStatus status(MediaType answeredIn) {
				if (this.alwaysOk) {
					return HttpStatus.OK;
				}
				return (this.code == ErrorCode.INVALID_REQUEST
						|| MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(answeredIn)) ? HttpStatus.BAD_REQUEST
								: HttpStatus.OK;
			}

		}

	}

}
