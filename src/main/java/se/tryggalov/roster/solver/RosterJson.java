package se.tryggalov.roster.solver;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON form of a {@link RosterProblem} and a {@link RosterSolution} (documented in bench/FORMAT.md): the
 * records' own field names, dates as ISO text ("2027-02-26", "2027-02-26T21:00:00"); absent lists and maps read as
 * empty, absent true/false values as false.
 */
public final class RosterJson {

    private static final JsonSetter.Value EMPTY = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .withConfigOverride(java.util.List.class, o -> o.setNullHandling(EMPTY))
            .withConfigOverride(java.util.Set.class, o -> o.setNullHandling(EMPTY))
            .withConfigOverride(java.util.Map.class, o -> o.setNullHandling(EMPTY))
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                    JsonInclude.Include.ALWAYS))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RosterJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static RosterProblem readProblem(Path file) throws IOException {
        return MAPPER.readValue(Files.readString(file), RosterProblem.class);
    }

    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(value));
    }
}
