package org.jixiao.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the portal application is deployed and answering; restart it when this goes DOWN. */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("portal");
  }
}
