package mx.ine.cspen.seguimiento.security.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Directory sign-in, when {@code seguimiento.directory.enabled} (DIRECTORY_ENABLED) is true. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "seguimiento.directory.enabled", havingValue = "true")
class DirectoryConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

  @Bean
  DirectorySignIn directorySignIn(DirectoryProperties settings) {
    GroupMapping mapping = GroupMapping.parse(settings.groups());
    if (mapping.isEmpty()) {
      log.warn(
          "Directory sign-in without DIRECTORY_GROUPS: directory accounts sign in with no group,"
              + " so they can see nothing");
    }
    log.info(
        "Directory sign-in at {} ({}); the directory decides the groups {}",
        settings.url(),
        settings.baseDn(),
        mapping.managedGroups());
    return new DirectorySignIn(new Directory(settings), new DirectoryAccounts(mapping));
  }

  /** Camunda's identity store, with the directory's password check. */
  @Bean
  ProcessEnginePlugin directoryIdentityPlugin(DirectorySignIn directory) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
            new GenericManagerFactory(DirectoryIdentityProvider.class) {
              @Override
              public Session openSession() {
                return new DirectoryIdentityProvider(directory);
              }
            });
      }
    };
  }
}
