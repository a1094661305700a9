package io.crisisradar.pipeline;

import static io.crisisradar.detect.window.WindowFixtures.NOON;
import static io.crisisradar.detect.window.WindowFixtures.by;
import static io.crisisradar.detect.window.WindowFixtures.negativeMention;
import static io.crisisradar.detect.window.WindowFixtures.withCategories;
import static io.crisisradar.detect.window.WindowFixtures.withTerms;
import static org.assertj.core.api.Assertions.assertThat;

import io.crisisradar.detect.window.KeyedObservation;
import io.crisisradar.detect.window.MentionEvidence;
import io.crisisradar.detect.window.Pane;
import io.crisisradar.detect.window.TopMentions;
import io.crisisradar.detect.window.WindowSpec;
import io.crisisradar.detect.window.WindowSummary;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** What the window operator keeps and sends serialises with Flink's own serializers, never Kryo. */
class SlidingPaneWindowsTypesTest {

    private static <T> TypeSerializer<T> withoutKryo(Class<T> type) {
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false); // any field needing Kryo makes createSerializer throw
        TypeInformation<T> info = TypeInformation.of(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        return info.createSerializer(config);
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(4096);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void aPaneWithASketchSurvivesSerialisation() throws Exception {
        Pane pane = Pane.starting(NOON);
        for (int i = 0; i < 500; i++) {
            pane.add(withTerms(by("author-" + i), "awaria", "term-" + (i % 100)));
        }

        Pane copy = roundTrip(withoutKryo(Pane.class), pane);

        assertThat(copy.volume).isEqualTo(500);
        assertThat(copy.authors.sketch).isEqualTo(pane.authors.sketch);
        assertThat(copy.authors.estimate()).isEqualTo(pane.authors.estimate());
        assertThat(copy.terms.top(1).get(0).term()).isEqualTo("awaria");
        assertThat(copy.voices.exact()).isFalse();
    }

    @Test
    void observationsAndSummariesAreFlinkPojos() throws Exception {
        KeyedObservation observation = new KeyedObservation("blysk", withTerms(by("ala"), "awaria"));
        assertThat(roundTrip(withoutKryo(KeyedObservation.class), observation)
                        .observation()
                        .terms())
                .containsExactly("awaria");

        Pane pane = Pane.starting(NOON);
        pane.add(observation.observation());
        WindowSummary summary =
                WindowSummary.assemble("blysk", WindowSpec.FIFTEEN_MINUTES, NOON + 60_000, List.of(pane), false);
        assertThat(roundTrip(withoutKryo(WindowSummary.class), summary).id()).isEqualTo(summary.id());
    }

    @Test
    void evidenceTypesAreFlinkPojosAllTheWayDown() {
        PojoTypeInfo<Pane> pane = (PojoTypeInfo<Pane>) TypeInformation.of(Pane.class);

        assertThat(pane.getTypeAt("topAuthors")).isInstanceOf(PojoTypeInfo.class);
        TypeInformation<?> topMentions = pane.getTypeAt("topNegativeMentions");
        assertThat(topMentions).isInstanceOf(PojoTypeInfo.class);
        TypeInformation<?> mentions = ((PojoTypeInfo<?>) topMentions).getTypeAt("mentions");
        assertThat(mentions).isInstanceOf(ObjectArrayTypeInfo.class);
        assertThat(((ObjectArrayTypeInfo<?, ?>) mentions).getComponentInfo()).isInstanceOf(PojoTypeInfo.class);
        withoutKryo(TopMentions.class);
        withoutKryo(MentionEvidence.class);
    }

    @Test
    void aPaneAndASummaryKeepTheirEvidenceThroughSerialisation() throws Exception {
        Pane pane = Pane.starting(NOON);
        for (int i = 0; i < 40; i++) {
            pane.add(by("author-" + (i % 3)));
            pane.add(withCategories(negativeMention("m-" + i, "ala", i * 10L, NOON + i), "DELIVERY"));
        }

        Pane copy = roundTrip(withoutKryo(Pane.class), pane);
        WindowSummary summary =
                WindowSummary.assemble("blysk", WindowSpec.FIFTEEN_MINUTES, NOON + 60_000, List.of(copy), false);
        WindowSummary summaryCopy = roundTrip(withoutKryo(WindowSummary.class), summary);

        assertThat(copy.topAuthors.top(1)).isEqualTo(pane.topAuthors.top(1));
        assertThat(copy.topNegativeMentions.top())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(pane.topNegativeMentions.top());
        assertThat(summaryCopy.topAuthors())
                .containsExactly("twitter:@ala", "twitter:@author-0", "twitter:@author-1", "twitter:@author-2");
        assertThat(summaryCopy.topAuthorCounts()).containsExactly(40, 14, 13, 13);
        assertThat(summaryCopy.topNegativeMentions())
                .extracting(MentionEvidence::id)
                .containsExactly("m-39", "m-38", "m-37", "m-36", "m-35");
        assertThat(summaryCopy.topNegativeMentions()[0].categories()).containsExactly("DELIVERY");
        assertThat(summaryCopy.topNegativeMentions()[0].text()).isEqualTo("text of m-39");
    }
}
