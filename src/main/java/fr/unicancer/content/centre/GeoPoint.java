package fr.unicancer.content.centre;

import fr.unicancer.content.core.InvalidArgumentException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A point on Earth in decimal degrees (WGS 84). Serves the GraphQL type {@code GeoPoint}
 * and binds the input {@code GeoPointInput}.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record GeoPoint(
		@DecimalMin(value = "-90", message = "a latitude is between -90 and 90") @DecimalMax(value = "90",
				message = "a latitude is between -90 and 90") double latitude,
		@DecimalMin(value = "-180", message = "a longitude is between -180 and 180") @DecimalMax(value = "180",
				message = "a longitude is between -180 and 180") double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/**
	 * Checks the point is on Earth.
	 * @param argument the argument it came in, to name in the error
	 */
	public GeoPoint validated(String argument) {
		if (!Double.isFinite(this.latitude) || this.latitude < -90 || this.latitude > 90) {
			throw new InvalidArgumentException(argument + ".latitude",
					"Latitude must be between -90 and 90 degrees, got " + this.latitude);
		}
		if (!Double.isFinite(this.longitude) || this.longitude < -180 || this.longitude > 180) {
			throw new InvalidArgumentException(argument + ".longitude",
					"Longitude must be between -180 and 180 degrees, got " + this.longitude);
		}
		return this;
	}

	/** Great-circle distance in kilometres (haversine formula, mean Earth radius). */
	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.latitude - this.latitude);
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
