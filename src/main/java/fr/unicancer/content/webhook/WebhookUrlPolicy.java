package fr.unicancer.content.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may call: http or https to a host whose every address is public,
 * so that a webhook can't be used to reach the service's own network (loopback,
 * link-local such as cloud metadata at 169.254.169.254, private, carrier-grade NAT,
 * unique-local IPv6, multicast, the unspecified address). Private addresses are allowed
 * only when the operator says so, for tests and a compose network.
 */
public final class WebhookUrlPolicy {

	private final boolean privateAddressesAllowed;

	private final HostResolver resolver;

	public WebhookUrlPolicy(boolean privateAddressesAllowed) {
		this(privateAddressesAllowed, InetAddress::getAllByName);
	}

	WebhookUrlPolicy(boolean privateAddressesAllowed, HostResolver resolver) {
		this.privateAddressesAllowed = privateAddressesAllowed;
		this.resolver = resolver;
	}

	/**
	 * Why the URL is refused, in words for the administrator; empty if it may be called.
	 */
	public Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("must start with http:// or https://");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry a user name or password; put credentials in the receiver's checks");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of("has no host");
		}
		if (this.privateAddressesAllowed) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("names a host that does not resolve: " + host);
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("resolves to " + address.getHostAddress()
						+ ", a loopback, link-local or private address, which webhooks may not call");
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			boolean carrierGradeNat = first == 100 && second >= 64 && second <= 127;
			boolean reserved = first == 0 || first >= 240;
			return !carrierGradeNat && !reserved;
		}
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
			boolean mappedV4 = isMappedIpv4(bytes);
			if (mappedV4) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
			return !uniqueLocal;
		}
		return false;
	}

	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

	/** Resolves a host name to its addresses; a seam for tests. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
