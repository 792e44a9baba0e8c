package fr.unicancer.content.centre;

/**
 * A centre and its great-circle distance from a point.
 *
 * @param centre the centre
 * @param distanceKm distance in kilometres
 */
record CentreDistance(Centre centre, double distanceKm) {

}
