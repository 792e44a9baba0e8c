package fr.unicancer.content.core;

/**
 * An edit based on a version that is no longer the current one: someone saved first.
 * Reported with code {@code VERSION_CONFLICT} and the current version, so the editor can
 * reload, merge and save again.
 */
public class VersionConflictException extends RuntimeException {

	private final long currentVersion;

	public VersionConflictException(String what, long expectedVersion, long currentVersion) {
		super(what + " was changed by someone else: you edited version " + expectedVersion + ", the current version is "
				+ currentVersion + ". Reload it and apply your change again.");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
