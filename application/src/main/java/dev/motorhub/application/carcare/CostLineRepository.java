package dev.motorhub.application.carcare;

import dev.motorhub.domain.carcare.CostLine;
import dev.motorhub.domain.carcare.CostLineId;
import dev.motorhub.domain.carcare.ServiceRequestId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The cost lines of service requests. */
public interface CostLineRepository {
  void add(CostLine line);

  /** Stores a line's new description, quantity and price; one no longer stored is NotFound. */
  void update(CostLine line);

  /** Removes the line, if there is one. */
  void delete(CostLineId id);

  Optional<CostLine> findById(CostLineId id);

  /** Every line of {@code request}, in id order. */
  List<CostLine> ofRequest(ServiceRequestId request);

  /** The lines of {@code request}, in id order, a page at a time. */
  Page<CostLine> list(ServiceRequestId request, PageRequest page);
}
