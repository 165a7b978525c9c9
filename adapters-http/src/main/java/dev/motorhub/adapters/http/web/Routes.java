package dev.motorhub.adapters.http.web;

import io.javalin.config.RoutesConfig;

/** A group of routes over some use cases, added to the server's configuration at start. */
public interface Routes {
  void addTo(RoutesConfig routes);
}
