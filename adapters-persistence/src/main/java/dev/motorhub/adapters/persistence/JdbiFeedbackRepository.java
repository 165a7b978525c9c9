package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.FeedbackRepository;
import dev.motorhub.domain.carcare.Feedback;
import dev.motorhub.domain.carcare.FeedbackId;
import dev.motorhub.domain.carcare.MechanicId;
import dev.motorhub.domain.carcare.Rating;
import dev.motorhub.domain.carcare.RatingSummary;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Customers' feedback in {@code service_feedback}: a unique constraint on the request keeps one
 * feedback a request, even when two are given at once.
 */
final class JdbiFeedbackRepository implements FeedbackRepository {
  private static final String SELECT =
      "select id, service_request_id, customer_id, mechanic_id, rating, feedback_text, created_at"
          + " from service_feedback";
  private static final RowMapper<Feedback> FEEDBACK =
      (rs, ctx) ->
          new Feedback(
              new FeedbackId(uuid(rs, "id")),
              new ServiceRequestId(uuid(rs, "service_request_id")),
              new UserId(uuid(rs, "customer_id")),
              new MechanicId(uuid(rs, "mechanic_id")),
              new Rating(rs.getInt("rating")),
              rs.getString("feedback_text"),
              instant(rs, "created_at"));
  private static final KeysetPages<Feedback> PAGES =
      new KeysetPages<>(SELECT, "id", FEEDBACK, f -> f.id().value());

  private final JdbiTransactions tx;

  JdbiFeedbackRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Feedback feedback) {
    UniqueViolations.guard(
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into service_feedback (id, service_request_id, customer_id,
                              mechanic_id, rating, feedback_text, created_at)
                            values (:id, :request, :customer, :mechanic, :rating, :text, :at)""")
                        .bind("id", feedback.id().value())
                        .bind("request", feedback.request().value())
                        .bind("customer", feedback.customer().value())
                        .bind("mechanic", feedback.mechanic().value())
                        .bind("rating", feedback.rating().value())
                        .bind("text", feedback.text())
                        .bind("at", feedback.createdAt())
                        .execute()));
  }

  @Override
  public void update(Feedback feedback) {
    int updated =
        tx.withHandle(
            h ->
                h.createUpdate(
                        "update service_feedback set rating = :rating, feedback_text = :text"
                            + " where id = :id")
                    .bind("id", feedback.id().value())
                    .bind("rating", feedback.rating().value())
                    .bind("text", feedback.text())
                    .execute());
    if (updated == 0) {
      throw new NotFound("Feedback");
    }
  }

  @Override
  public void delete(FeedbackId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from service_feedback where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<Feedback> findById(FeedbackId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), FEEDBACK);
  }

  @Override
  public Optional<Feedback> findByRequest(ServiceRequestId request) {
    return Rows.one(tx, SELECT + " where service_request_id = :value", request.value(), FEEDBACK);
  }

  @Override
  public Page<Feedback> list(Optional<UserId> customer, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions().add("customer_id = :customer", "customer", customer.map(c -> c.value())),
        page);
  }

  @Override
  public Map<MechanicId, RatingSummary> ratingsOf(Collection<MechanicId> mechanics) {
    Map<MechanicId, RatingSummary> ratings = new HashMap<>();
    mechanics.forEach(m -> ratings.put(m, RatingSummary.NONE));
    if (mechanics.isEmpty()) {
      return ratings;
    }
    tx.withHandle(
            h ->
                h.createQuery(
                        """
                        select mechanic_id, count(*) ratings, sum(rating) total
                        from service_feedback where mechanic_id = any(:mechanics)
                        group by mechanic_id""")
                    .bindArray(
                        "mechanics", UUID.class, mechanics.stream().map(MechanicId::value).toList())
                    .map(
                        (rs, ctx) ->
                            Map.entry(
                                new MechanicId(uuid(rs, "mechanic_id")),
                                new RatingSummary(rs.getInt("ratings"), rs.getInt("total"))))
                    .list())
        .forEach(summary -> ratings.put(summary.getKey(), summary.getValue()));
    return ratings;
  }
}
