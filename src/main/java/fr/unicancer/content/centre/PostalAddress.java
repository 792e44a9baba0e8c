package fr.unicancer.content.centre;

/**
 * A postal address, stored and served as is.
 *
 * @param street street and number
 * @param postalCode postal code (a CEDEX code where the centre publishes one)
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code
 */
public record PostalAddress(String street, String postalCode, String city, String country) {

}
