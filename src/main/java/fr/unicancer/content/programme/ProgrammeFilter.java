package fr.unicancer.content.programme;

import java.util.List;

import fr.unicancer.content.publishing.PublicationState;

/**
 * Narrows the list of research programmes; every condition given must hold.
 *
 * @param centre slug of a centre that leads or takes part in the programme
 * @param leadCentre slug of a centre that leads the programme
 * @param topics topic tags, any of which the programme must have
 * @param status research status
 * @param search words found in the acronym or title, ignoring case
 * @param statuses publication states, any of which the programme must be in (editors
 * previewing; the public sees published programmes only)
 */
record ProgrammeFilter(String centre, String leadCentre, List<String> topics, String status, String search,
		List<PublicationState> statuses) {

}
