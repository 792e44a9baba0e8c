package fr.unicancer.content.centre;

import fr.unicancer.content.editing.Text;
import jakarta.validation.constraints.Pattern;

/**
 * A postal address, stored and served as is.
 *
 * @param street street and number
 * @param postalCode postal code (a CEDEX code where the centre publishes one)
 * @param city city
 * @param country ISO 3166-1 alpha-2 country code
 */
public record PostalAddress(@Text(max = Text.LINE) String street, @Text(max = 20) String postalCode,
		@Text(max = Text.LINE) String city, @Pattern(regexp = "[A-Z]{2}",
				message = "is not an ISO 3166-1 alpha-2 country code, such as 'FR'") String country) {

}
