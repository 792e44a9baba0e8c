package fr.unicancer.content.studio;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the studio's assets from the classpath, revalidated on each use (they are not
 * fingerprinted, so a new release is picked up at once), and puts the studio's security
 * headers on every studio response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "unicancer.studio.enabled", matchIfMissing = true)
class StudioWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/studio/assets/**")
			.addResourceLocations("classpath:/studio/assets/")
			.setCacheControl(CacheControl.noCache());
	}

	@Bean
	FilterRegistrationBean<StudioHeaders> studioHeaders(StudioProperties properties) {
		FilterRegistrationBean<StudioHeaders> registration = new FilterRegistrationBean<>(
				new StudioHeaders(properties));
		registration.setUrlPatterns(List.of("/studio", "/studio/*"));
		return registration;
	}

}
