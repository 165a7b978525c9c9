package dev.motorhub.adapters.persistence;

import dev.motorhub.application.matching.PreferenceRepository;
import dev.motorhub.domain.identity.UserId;
import dev.motorhub.domain.matching.Preference;
import dev.motorhub.domain.matching.PreferenceId;
import dev.motorhub.domain.shared.Page;
import dev.motorhub.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Saved searches in {@code preferences}, gone with their account (on delete cascade). */
final class JdbiPreferenceRepository implements PreferenceRepository {
  private static final String SELECT = "select " + PreferenceRows.COLUMNS + " from preferences";

  private final JdbiTransactions tx;
  private final PreferenceRows rows;
  private final KeysetPages<Preference> pages;

  JdbiPreferenceRepository(JdbiTransactions tx) {
    this.tx = tx;
    this.rows = new PreferenceRows();
    this.pages = new KeysetPages<>(SELECT, "id", rows, p -> p.id().value());
  }

  @Override
  public void add(Preference preference) {
    tx.withHandle(
        h ->
            rows.bind(
                    h.createUpdate(
                        """
                        insert into preferences (id, owner_id, name, trade_kind, brands, models,
                          year_min, year_max, price_max, instalment_max, currency, mileage_max,
                          locations, body_types, fuels, required, weighted, weights, paused,
                          notify_sms, created_at, updated_at, transmissions, colours)
                        values (:id, :owner, :name, :tradeKind, :brands, :models, :yearMin,
                          :yearMax, :priceMax, :instalmentMax, :currency, :mileageMax,
                          :locations, :bodyTypes, :fuels, :required, :weighted, :weights,
                          :paused, :notifySms, :createdAt, :updatedAt, :transmissions, :colours)"""),
                    preference)
                .execute());
  }

  @Override
  public void update(Preference preference) {
    tx.withHandle(
        h ->
            rows.bind(
                    h.createUpdate(
                        """
                        update preferences set name = :name, trade_kind = :tradeKind,
                          brands = :brands, models = :models, year_min = :yearMin,
                          year_max = :yearMax, price_max = :priceMax,
                          instalment_max = :instalmentMax, currency = :currency,
                          mileage_max = :mileageMax, locations = :locations,
                          body_types = :bodyTypes, fuels = :fuels, required = :required,
                          weighted = :weighted, weights = :weights, paused = :paused,
                          notify_sms = :notifySms, updated_at = :updatedAt,
                          transmissions = :transmissions, colours = :colours
                        where id = :id"""),
                    preference)
                .execute());
  }

  @Override
  public void delete(PreferenceId id) {
    tx.withHandle(
        h ->
            h.createUpdate("delete from preferences where id = :id")
                .bind("id", id.value())
                .execute());
  }

  @Override
  public Optional<Preference> findById(PreferenceId id) {
    return Rows.one(tx, SELECT + " where id = :value", id.value(), rows);
  }

  @Override
  public Page<Preference> listByOwner(UserId owner, PageRequest page) {
    return pages.page(
        tx, new Conditions().add("owner_id = :owner", "owner", Optional.of(owner.value())), page);
  }

  @Override
  public long countByOwner(UserId owner) {
    return tx.withHandle(
        h ->
            h.createQuery("select count(*) from preferences where owner_id = :owner")
                .bind("owner", owner.value())
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<Preference> activeOf(UserId owner) {
    return tx.withHandle(
        h ->
            h.createQuery(SELECT + " where owner_id = :owner and not paused order by id")
                .bind("owner", owner.value())
                .map(rows)
                .list());
  }

  @Override
  public Page<Preference> listActive(PageRequest page) {
    return pages.page(
        tx, new Conditions().add("paused = :paused", "paused", Optional.of(false)), page);
  }
}
