package org.gongkai.disclosure.write;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OwnedFilesTest {

    private static OwnedFiles lines(String text) {
        return OwnedFiles.ofLines(text.getBytes(US_ASCII), 0, (bytes, from, to) -> to > from && bytes[from] != '#');
    }

    @Test
    void holdsEachAcceptedLineOnceWhateverItsEnding() {
        OwnedFiles owned = lines("zh/index.html\r\n#not a path\nen/index.html\rzh/index.html\n\nassets/site.css");

        assertThat(owned).containsExactly("zh/index.html", "en/index.html", "assets/site.css");
        assertThat(owned).hasSize(3);
        assertThat(owned.contains("zh/index.html")).isTrue();
        assertThat(owned.contains("assets/site.css")).isTrue();
        assertThat(owned.contains("#not a path")).isFalse();
        assertThat(owned.contains("")).isFalse();
        assertThat(owned.contains("zh/index.htm")).isFalse();
        assertThat(owned.contains("zh/index.html\n")).isFalse();
        assertThat(owned.contains(42)).isFalse();
        assertThat(owned.indexOf("en/index.html")).isEqualTo(1);
        assertThat(owned.indexOf("zh/index.html")).isEqualTo(0); // the first of the two lines that name it
    }

    @Test
    void isEqualToTheSetOfItsPathsAndFindsEachOfMany() {
        Random random = new Random(7);
        Set<String> expected = new TreeSet<>();
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            String path = (random.nextBoolean() ? "zh/" : "en/") + "unit-" + random.nextInt(400) + "/p"
                    + random.nextInt(1_000) + ".html";
            expected.add(path);
            marker.append(path).append('\n');
        }
        OwnedFiles owned = lines(marker.toString());

        assertThat(owned.searchesInOrder()).isFalse();
        assertThat(owned).isEqualTo(expected);
        assertThat(new HashSet<>(owned)).hasSize(expected.size());
        for (String path : expected) {
            assertThat(owned.contains(path)).as(path).isTrue();
            assertThat(owned.contains(path + "x")).as(path).isFalse();
            assertThat(owned.path(owned.indexOf(path))).isEqualTo(path);
        }
        assertThat(owned.contains("zh/unit-400/p1.html")).isFalse();
    }

    /** Paths of "Aa" and "BB" in the same number: every one has the same String hash. */
    private static List<String> colliding(int pairs) {
        List<String> paths = new ArrayList<>();
        for (int bits = 0; bits < 1 << pairs; bits++) {
            StringBuilder path = new StringBuilder("zh/");
            for (int k = 0; k < pairs; k++) {
                path.append((bits >>> k & 1) == 0 ? "Aa" : "BB");
            }
            paths.add(path.append(".html").toString());
        }
        return paths;
    }

    @Test
    void pathsWhoseHashesCollideAreFoundAsQuicklyAsAnyAndStillOnce() {
        List<String> paths = new ArrayList<>(colliding(15)); // 32,768 paths of one hash
        assertThat(paths.stream().map(String::hashCode).distinct()).hasSize(1);
        java.util.Collections.shuffle(paths, new Random(3));
        StringBuilder marker = new StringBuilder();
        paths.forEach(path -> marker.append(path).append('\n'));
        marker.append(paths.get(5)).append('\n'); // and one of them twice

        OwnedFiles owned = lines(marker.toString());

        // Walking a run of 32,768 paths for each look-up would take minutes: they are searched in order.
        assertThat(owned.searchesInOrder()).isTrue();
        for (String path : paths) {
            assertThat(owned.contains(path)).isTrue();
            assertThat(owned.contains(path.replace(".html", ".htm"))).isFalse();
        }

        assertThat(owned).hasSize(paths.size());
        assertThat(owned.indexOf(paths.get(5))).isEqualTo(5);
        assertThat(new ArrayList<>(owned)).isEqualTo(paths);
        assertThat(owned.contains("zh/.html")).isFalse();
        assertThat(owned.contains("")).isFalse();
        assertThat(owned.contains("zh/AaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAa.html")).isFalse();
    }

    @Test
    void anEmptyListingHoldsNothing() {
        assertThat(OwnedFiles.NONE).isEmpty();
        assertThat(OwnedFiles.NONE.indexOf("index.html")).isEqualTo(-1);
        assertThat(lines("#only\n#notes\n")).isEmpty();
        assertThat(OwnedFiles.of(List.of("a.html", "a.html", "b.html"))).containsExactly("a.html", "b.html");
    }

    @Test
    void ofACollectionKeepsItsPathsAndRefusesWhatNoMarkerCouldList() {
        OwnedFiles owned = OwnedFiles.of(List.of("a.html", "b/c.html"));

        assertThat(owned).containsExactly("a.html", "b/c.html");
        assertThat(OwnedFiles.of(owned)).isSameAs(owned);
        assertThat(OwnedFiles.of(Set.of())).isEmpty();
        assertThatThrownBy(() -> OwnedFiles.of(List.of("页.html"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OwnedFiles.of(List.of("a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marksEachListedPathOnceFromSeveralThreads() {
        List<String> paths = IntStream.range(0, 10_000).mapToObj(i -> "zh/d" + i % 97 + "/p" + i + ".html").toList();
        OwnedFiles owned = OwnedFiles.of(paths);
        OwnedFiles.Marks marks = new OwnedFiles.Marks(owned);

        IntStream.range(0, 40_000).parallel().forEach(i -> {
            if (i % 10_000 % 3 == 0) {
                marks.add(paths.get(i % 10_000));
            }
        });

        List<String> marked = new ArrayList<>();
        marks.addTo(marked);
        List<String> expected = IntStream.range(0, 10_000).filter(i -> i % 3 == 0).mapToObj(paths::get).toList();
        assertThat(marked).isEqualTo(expected);
        assertThat(marks.size()).isEqualTo(expected.size());
        assertThat(marks.contains(paths.get(3))).isTrue();
        assertThat(marks.contains(paths.get(4))).isFalse();
        assertThat(marks.contains("zh/elsewhere.html")).isFalse();
        assertThatThrownBy(() -> marks.add("zh/elsewhere.html")).isInstanceOf(IllegalArgumentException.class);
    }
}
