package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RecordType;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A failure of personal data protection in the breach register (UU PDP art. 46): when it was discovered, which
 * categories of data, whose cases, the cause and the remedy, and the written notifications to the people affected
 * and to the supervisory agency, each due within 3 &times; 24 hours of discovery ({@link #dueAt()}).
 *
 * @param id the id
 * @param discoveredAt when the controller discovered it: the deadline runs from here
 * @param categories the categories of data exposed, at least one
 * @param affected the cases of the people affected, by id, in id order without repeats
 * @param cause what happened, at most {@link TextLimit#NOTE} characters
 * @param remedy what was done to contain and recover, at most {@link TextLimit#NOTE} characters
 * @param recordedBy the officer who recorded it
 * @param recordedAt when it was recorded
 * @param notifications the notifications sent, at most one per party
 * @param version the stored version
 */
public record Breach(
        BreachId id,
        Instant discoveredAt,
        Set<DataCategory> categories,
        List<BeneficiaryId> affected,
        String cause,
        String remedy,
        String recordedBy,
        Instant recordedAt,
        List<BreachNotification> notifications,
        long version)
        implements Versioned<Breach> {
    /** How long after discovery the notifications are due: 3 x 24 hours (art. 46(1)). */
    public static final Duration NOTICE_PERIOD = Duration.ofHours(3 * 24);

    /**
     * Checks the parts agree.
     *
     * @param id the id
     * @param discoveredAt discovered
     * @param categories categories
     * @param affected cases affected
     * @param cause cause
     * @param remedy remedy
     * @param recordedBy by
     * @param recordedAt at
     * @param notifications notifications
     * @param version version
     */
    public Breach {
        Checks.required(id, "breachId");
        Checks.required(discoveredAt, "discoveredAt");
        Checks.required(categories, "categories");
        if (categories.isEmpty()) {
            throw PrivacyError.BREACH_CATEGORIES.invalid();
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        affected = Checks.required(affected, "affected").stream()
                .distinct()
                .sorted(Comparator.comparing(BeneficiaryId::value))
                .toList();
        cause = Checks.requiredText(cause, "cause", TextLimit.NOTE);
        remedy = Checks.requiredText(remedy, "remedy", TextLimit.NOTE);
        recordedBy = Checks.requiredText(recordedBy, "recordedBy");
        Checks.required(recordedAt, "recordedAt");
        notifications = List.copyOf(Checks.required(notifications, "notifications"));
        if (notifications.stream().map(BreachNotification::party).distinct().count() != notifications.size()) {
            throw PrivacyError.BREACH_NOTIFIED.conflict(RecordType.BREACH, id, "same party", "twice");
        }
    }

    /**
     * When the notifications are due: 3 &times; 24 hours after discovery.
     *
     * @return the deadline
     */
    public Instant dueAt() {
        return discoveredAt.plus(NOTICE_PERIOD);
    }

    /**
     * The notification sent to a party, if any.
     *
     * @param party the party
     * @return it, or empty
     */
    public Optional<BreachNotification> notification(NotifiedParty party) {
        return notifications.stream().filter(n -> n.party() == party).findFirst();
    }

    /**
     * The parties not yet notified.
     *
     * @return them, in declaration order
     */
    public Set<NotifiedParty> pending() {
        EnumSet<NotifiedParty> left = EnumSet.allOf(NotifiedParty.class);
        notifications.forEach(n -> left.remove(n.party()));
        return left;
    }

    /**
     * Whether a notification is overdue at an instant: a party not yet notified after the deadline.
     *
     * @param at the instant
     * @return true when overdue
     */
    public boolean isOverdueAt(Instant at) {
        return !pending().isEmpty() && at.isAfter(dueAt());
    }

    /**
     * Records a notification.
     *
     * @param sent the notification
     * @return the breach with it
     * @throws id.pulih.shared.ConflictException {@code breach.notified} when the party was notified already
     * @throws id.pulih.shared.InvalidValueException {@code breach.notified-at} for a notification before discovery
     */
    public Breach notify(BreachNotification sent) {
        Checks.required(sent, "notification");
        Optional<BreachNotification> earlier = notification(sent.party());
        if (earlier.isPresent()) {
            throw PrivacyError.BREACH_NOTIFIED.conflict(
                    RecordType.BREACH, id, sent.party(), earlier.get().notifiedAt());
        }
        List<BreachNotification> all = new ArrayList<>(notifications);
        all.add(sent);
        return new Breach(id, discoveredAt, categories, affected, cause, remedy, recordedBy, recordedAt, all, version);
    }

    @Override
    public Breach withVersion(long newVersion) {
        return new Breach(
                id,
                discoveredAt,
                categories,
                affected,
                cause,
                remedy,
                recordedBy,
                recordedAt,
                notifications,
                newVersion);
    }
}
