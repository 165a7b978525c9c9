package dev.motorhub.adapters.persistence;

import static dev.motorhub.adapters.persistence.Rows.instant;
import static dev.motorhub.adapters.persistence.Rows.uuid;

import dev.motorhub.application.carcare.CostLineRepository;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The cost lines of service requests in {@code service_cost_lines}, each in its own currency. */
final class JdbiCostLineRepository implements CostLineRepository {
  private static final String SELECT =
      "select id, service_request_id, description, quantity, unit_price, currency, added_by,"
          + " added_at from service_cost_lines";
  private static final RowMapper<CostLine> LINES =
      (rs, ctx) ->
          new CostLine(
              new CostLineId(uuid(rs, "id")),
              new ServiceRequestId(uuid(rs, "service_request_id")),
              InvoiceRows.line(rs, Currency.getInstance(rs.getString("currency"))),
              new UserId(uuid(rs, "added_by")),
              instant(rs, "added_at"));
  private static final KeysetPages<CostLine> PAGES =
      new KeysetPages<>(SELECT, "id", LINES, line -> line.id().value());

  private final JdbiTransactions tx;

  JdbiCostLineRepository(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(CostLine line) {
    ReferencedRows.requireExisting(
        Map.of("service_cost_lines_request_fk", "Request"),
        () ->
            tx.withHandle(
                h ->
                    h.createUpdate(
                            """
                            insert into service_cost_lines (id, service_request_id, description,
                              quantity, unit_price, currency, added_by, added_at)
                            values (:id, :request, :description, :quantity, :unitPrice,
                              :currency, :by, :at)""")
                        .bind("id", line.id().value())
                        .bind("request", line.request().value())
                        .bind("description", line.line().description())
                        .bind("quantity", line.line().quantity())
                        .bind("unitPrice", line.line().unitPrice().amount())
                        .bind("currency", line.line().unitPrice().currency().getCurrencyCode())
                        .bind("by", line.addedBy().value())
                        .bind("at", line.addedAt())
                        .execute()));
  }

  @Override
  public void update(CostLine line) {
    int updated =
        tx.withHandle(
            h ->
                h.createUpdate(
                        """
                        update service_cost_lines set description = :description,
                          quantity = :quantity, unit_price = :unitPrice, currency = :currency
                        where id = :id""")
                    .bind("id", line.id().value())
                    .bind("description", line.line().description())
                    .bind("quantity", line.line().quantity())
                    .bind("unitPrice", line.line().unitPrice().amount())
                    .bind("currency", line.line().unitPrice().currency().getCurrencyCode())
                    .execute());
    if (updated == 0) {
      throw new NotFound("Cost line");
    }
  }

  @Override
  public void delete(CostLineId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from service_cost_lines where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<CostLine> findById(CostLineId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), LINES);
  }

  @Override
  public List<CostLine> ofRequest(ServiceRequestId request) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where service_request_id = :request order by id")
                .bind("request", request.value())
                .map(LINES)
                .list());
  }

  @Override
  public Page<CostLine> list(ServiceRequestId request, PageRequest page) {
    return PAGES.page(
        tx,
        new Conditions()
            .add("service_request_id = :request", "request", Optional.of(request.value())),
        page);
  }
}
