package org.partnergraph.startup;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Fails the start at once when the HTTP port is taken, instead of after the database has
 * started, migrated and loaded the seed, which is when the web server binds. Runs before
 * any other bean is made. The web server's own failure stays the last word (another
 * process can still take the port in between); this check only saves the wait.
 */
@Component
class HttpPortCheck implements BeanFactoryPostProcessor, ApplicationContextAware {

	private ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// No web server (the import command, tests with a mock environment): nothing
		// binds.
		if (!(this.context instanceof WebServerApplicationContext)) {
			return;
		}
		var environment = this.context.getEnvironment();
		Integer port = environment.getProperty("server.port", Integer.class, 8080);
		if (port <= 0) {
			return;
		}
		String address = environment.getProperty("server.address");
		try (var socket = new ServerSocket()) {
			// As the web server binds: an old connection in TIME_WAIT does not make the
			// port busy.
			socket.setReuseAddress(true);
			socket.bind((address == null || address.isBlank()) ? new InetSocketAddress(port)
					: new InetSocketAddress(InetAddress.getByName(address), port));
		}
		catch (BindException ex) {
			// "Address already in use"; anything else (a privileged port, say) the web
			// server reports itself.
			if (String.valueOf(ex.getMessage()).contains("in use")) {
				throw portInUse(port, ex);
			}
		}
		catch (IOException ex) {
			// An address that does not resolve, for example: the web server reports it
			// itself.
		}
	}

	static StartupProblem portInUse(int port, Throwable cause) {
		return StartupProblem.portInUse(port, "HTTP", "server.port", "SERVER_PORT", cause);
	}

}
