package org.partnergraph.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that says what "today" is: the day whose current ties every answer counts
 * when the request names no {@code asOf}. {@code partnergraph.today} (YYYY-MM-DD) fixes
 * it, so that tests, and a briefing reproduced later, get the answers of a known day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${partnergraph.today:}") String today) {
		ZoneId zone = ZoneId.systemDefault();
		if (today == null || today.isBlank()) {
			return Clock.system(zone);
		}
		return Clock.fixed(LocalDate.parse(today.strip()).atStartOfDay(zone).toInstant(), zone);
	}

}
