package dev.motorhub.application.memory;

import dev.motorhub.application.carcare.CostLineRepository;
import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.NotFound;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cost lines of service requests in memory. */
final class InMemoryCostLineRepository implements CostLineRepository {
  private final Table<UUID, CostLine> lines;

  InMemoryCostLineRepository(Table<UUID, CostLine> lines) {
    this.lines = lines;
  }

  @Override
  public void add(CostLine line) {
    lines.put(line.id().value(), line);
  }

  @Override
  public void update(CostLine line) {
    lines.get(line.id().value()).orElseThrow(() -> new NotFound("Cost line"));
    lines.put(line.id().value(), line);
  }

  @Override
  public void delete(CostLineId id) {
    lines.remove(id.value());
  }

  @Override
  public Optional<CostLine> findById(CostLineId id) {
    return lines.get(id.value());
  }

  @Override
  public List<CostLine> ofRequest(ServiceRequestId request) {
    return lines.where(l -> l.request().equals(request));
  }

  @Override
  public Page<CostLine> list(ServiceRequestId request, PageRequest page) {
    return Pages.of(lines, page, l -> l.request().equals(request), l -> l.id().value());
  }
}
