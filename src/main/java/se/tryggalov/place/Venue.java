package se.tryggalov.place;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A place in a district: a youth centre, a gathering point for night walks, or a hot spot. The position is optional
 * (both coordinates or neither); weekly opening hours are kept for youth centres only.
 */
public record Venue(long id, long districtId, String name, VenueKind kind, String address, BigDecimal latitude,
                    BigDecimal longitude, List<OpeningHours> openingHours, int version) {

    public Venue {
        openingHours = openingHours.stream().sorted(OpeningHours.WEEK_ORDER).toList();
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    /** A plain link to the position on OpenStreetMap; nothing is loaded from there by the application itself. */
    public Optional<String> mapLink() {
        if (!hasPosition()) {
            return Optional.empty();
        }
        String lat = latitude.stripTrailingZeros().toPlainString();
        String lon = longitude.stripTrailingZeros().toPlainString();
        return Optional.of("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon);
    }

    /** The intervals that open on this weekday, earliest first. */
    public List<OpeningHours> hoursOn(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.weekday() == day).toList();
    }

    /**
     * When the venue closes on the evening of {@code date} by its weekly hours: the closing time of the last interval
     * that opens that day (an interval past midnight closes latest). Empty when it does not open that day. Weekly
     * hours only: holidays and one-off changes are not known here.
     */
    public Optional<LocalTime> openUntil(LocalDate date) {
        return hoursOn(date.getDayOfWeek()).stream()
                .max(Comparator.comparing(OpeningHours::pastMidnight).thenComparing(OpeningHours::closes))
                .map(OpeningHours::closes);
    }

    /** Open at this moment by the weekly hours, including the hours after midnight of the day before. */
    public boolean openAt(LocalDateTime moment) {
        return openingHours.stream().anyMatch(h -> h.covers(moment.getDayOfWeek(), moment.toLocalTime()));
    }
}
