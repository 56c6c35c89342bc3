package org.gongkai.disclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.disclosure.load.LoadedContent;
import org.gongkai.disclosure.model.Project;
import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.MemoryOutput;
import org.gongkai.disclosure.write.FileNames;

/**
 * An index too large for one shard, with terms in files of their own and positions cut into parts: read back, it
 * holds exactly the projects' terms; merged again after one project changed, only the shards of the terms that
 * changed are merged and written, and they come out as a full merge would write them.
 */
class LargeIndexTest {

    /** Three blocks of projects, each with a long narrative, so that common pairs need files of their own. */
    static final int PROJECTS = 600;

    @TempDir
    static Path dir;

    static List<Project> projects;
    static Segment segment;
    static Map<String, byte[]> files;
    static SearchIndex.Published published;

    static ContentFixture content(Path project, String renamed) {
        ContentFixture content = ContentFixture.empty(project);
        String sample = ContentFixture.resource("fixtures/minimal/projects/01-sample.yaml");
        String narrative = "按照本市预算绩效管理工作的总体要求，进一步规范工作程序。".repeat(24);
        for (int i = 1; i <= PROJECTS; i++) {
            String name = i == 300 && renamed != null ? renamed : "Sample project " + i;
            content.write("projects/" + String.format("%04d", i) + ".yaml", sample.replace("id: sample", "id: p" + i)
                    .replace("{zh: 样例项目, en: Sample project}", "{zh: 样例项目" + i + ", en: " + name + "}")
                    .replace("goals:", "sections:\n  overview: {zh: " + narrative + "第" + i + "项, en: Section "
                            + (i % 17) + " of the plan}\ngoals:"));
        }
        content.write("declaration.yaml", "fiscal-year: 2024\nunit: {zh: 样例局, en: Sample Bureau}\n"
                + "title: {zh: 申报表, en: Declaration}\n");
        return content;
    }

    static Segment segment(List<Project> projects, LoadedContent loaded, Path file) throws IOException {
        SegmentBuilder builder = new SegmentBuilder();
        for (Project project : projects) {
            builder.add(ProjectTerms.of(project, loaded.declaration().unit()));
        }
        return builder.finish(file);
    }

    @BeforeAll
    static void build() throws IOException {
        LoadedContent loaded = content(dir.resolve("site"), null).load();
        projects = loaded.projects();
        segment = segment(projects, loaded, dir.resolve("work/search/first.seg"));
        MemoryOutput out = new MemoryOutput();
        published = SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024, segment)), out, path -> false,
                dir.resolve("work/search-record"));
        published.save();
        files = out.written;
    }

    @Test
    void readBackTheIndexHoldsExactlyTheProjectsTermsAcrossShardsOwnFilesAndParts() {
        IndexReader index = new IndexReader(files);
        assertThat(segment.blocks()).isEqualTo(3);
        assertThat(index.manifest.get("bits").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(files.keySet()).anyMatch(p -> p.matches("search/t/[0-9]+-[0-9]+\\.js"))
                .anyMatch(p -> p.matches("search/p/[0-9]+-[0-9]+-[0-9]+\\.js"));
        LoadedContent loaded = content(dir.resolve("again"), null).load();
        Map<String, Map<Integer, Map<Integer, List<Integer>>>> expected = SearchIndexTest.expected(loaded.projects(),
                loaded.declaration().unit());
        assertThat(index.terms()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String term : List.of("预算", "工作", "规范", "样例", "项", Analyzer.term("project"), Analyzer.term("section"),
                "17", "300")) {
            Map<Integer, IndexReader.Posting> postings = index.postings(term);
            assertThat(postings.keySet()).as(term).isEqualTo(expected.get(term).keySet());
            expected.get(term).forEach((doc, fields) -> {
                if (term.length() == 2 && Analyzer.isHan(term.charAt(0))) {
                    assertThat(postings.get(doc).positions()).as(term + " in " + doc).isEqualTo(fields);
                } else {
                    assertThat(postings.get(doc).fields()).as(term + " in " + doc)
                            .isEqualTo(fields.keySet().stream().mapToInt(f -> 1 << f).sum());
                }
            });
        }
        // 预算 is in every project, 24 times: its positions are cut into parts of about 16 KB each.
        assertThat(index.postings("预算").get(599).positions().get(Field.NARRATIVES.ordinal())).hasSize(24);
    }

    @Test
    void afterOneProjectChangesOnlyTheShardsOfItsChangedTermsAreMergedAndTheyEqualAFullMerge() throws IOException {
        LoadedContent loaded = content(dir.resolve("renamed"), "Renamed undertaking 300").load();
        Segment changed = segment(loaded.projects(), loaded, dir.resolve("work/search/second.seg"));
        MemoryOutput out = new MemoryOutput();
        Set<String> kept = new TreeSet<>();
        SearchIndex.Published again = SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024, changed)), out,
                path -> kept.add(path), dir.resolve("work/search-record"));

        // The name lost "sample" and "project", and gained "renamed" and "undertaking".
        IndexReader before = new IndexReader(files);
        Set<String> shards = new TreeSet<>();
        for (String word : List.of("sample", "project", "renamed", "undertaking")) {
            shards.add("search/t/" + before.shardOf(Analyzer.term(word)) + ".js");
        }
        Set<String> merged = new TreeSet<>(out.written.keySet());
        merged.remove("search/manifest.js");
        Set<String> mergedShards = new TreeSet<>();
        merged.stream().filter(p -> p.matches("search/t/[0-9]+\\.js")).forEach(mergedShards::add);
        assertThat(mergedShards).isEqualTo(shards);
        assertThat(again.mergedShards()).isEqualTo(shards.size());
        // Every other file of the index is kept as published.
        Set<String> all = new TreeSet<>(merged);
        all.addAll(kept);
        all.add("search/manifest.js");
        assertThat(all).isEqualTo(new TreeSet<>(again.files()));
        assertThat(kept).doesNotContainAnyElementsOf(merged);

        // What was merged is what a full merge of the changed segment writes.
        MemoryOutput full = new MemoryOutput();
        SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024, changed)), full, path -> false,
                dir.resolve("work/other-record.json"));
        for (String path : merged) {
            assertThat(out.written.get(path)).as(path).isEqualTo(full.written.get(path));
        }
        List<String> unchanged = new ArrayList<>(kept);
        unchanged.removeIf(path -> !java.util.Arrays.equals(files.get(path), full.written.get(path)));
        assertThat(unchanged).isEqualTo(new ArrayList<>(kept));
    }

    /**
     * The record lies in the work folder, where it may be edited. One that names its segment by a path out of the
     * segments' folder is not followed: every shard is merged again, as for a damaged record. Here the path leads to a
     * copy of the published segment, which the rerun would otherwise have read and trusted.
     */
    @Test
    void aRecordThatNamesASegmentOutsideItsFolderIsNotFollowed() throws IOException {
        Path tampered = dir.resolve("work/tampered-record");
        Files.copy(segment.file(), dir.resolve("work/outside.seg"));
        SearchIndex.Stored stored = published.stored();
        SearchIndex.StoredPart part = stored.parts().get(0);
        new SearchIndex.Published(published.files(), published.shards(), published.mergedShards(), tampered,
                new SearchIndex.Stored(stored.format(), stored.bits(), List.of(new SearchIndex.StoredPart(part.folder(),
                        "../outside.seg", part.blocks(), part.projects(), part.estimate())), stored.shards())).save();

        LoadedContent loaded = content(dir.resolve("tampered"), "Renamed undertaking 300").load();
        Segment changed = segment(loaded.projects(), loaded, dir.resolve("work/search/third.seg"));
        Set<String> kept = new TreeSet<>();
        SearchIndex.Published again = SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024, changed)),
                new MemoryOutput(), path -> kept.add(path), tampered);

        assertThat(again.mergedShards()).isEqualTo(again.shards());
        assertThat(kept).isEmpty();
        assertThat(FileNames.isOneName(changed.file().getFileName().toString())).isTrue();
        for (String name : List.of("../outside.seg", "a/b.seg", "a\\b.seg", "..", ".", "", "c:x.seg", "x\0.seg")) {
            assertThat(FileNames.isOneName(name)).as(name).isFalse();
        }
    }

    /**
     * A segment kept from the published site is not opened when nothing in it is merged: the record's header stands
     * for it. The stand-in here is not a segment at all; an earlier version's record, which has no header, opens it.
     */
    @Test
    void aKeptSegmentThatNoMergeReadsIsNeverOpened() throws IOException {
        Path standIn = dir.resolve("garbage/first.seg");
        Files.createDirectories(standIn.getParent());
        Files.writeString(standIn, "not a segment");
        Set<String> kept = new TreeSet<>();
        MemoryOutput out = new MemoryOutput();
        SearchIndex.Published again = SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024,
                Segment.lazy(standIn))), out, path -> kept.add(path), dir.resolve("work/search-record"));
        assertThat(again.mergedShards()).isZero();
        assertThat(out.written.keySet()).containsExactly("search/manifest.js");
        assertThat(out.written.get("search/manifest.js")).isEqualTo(files.get("search/manifest.js"));

        // An earlier version's record, in JSON and without the segments' headers: every shard is merged again.
        Path earlier = dir.resolve("work/earlier-record.json");
        Files.writeString(earlier, "{\"format\":1,\"bits\":0,\"parts\":[{\"segment\":\"first.seg\",\"blocks\":1}],"
                + "\"shards\":[[\"search/s0.js\"]]}");
        assertThatThrownBy(() -> SearchIndex.publish(List.of(new SearchIndex.Part(null, 2024, Segment.lazy(standIn))),
                new MemoryOutput(), path -> true, earlier)).isInstanceOf(IOException.class)
                .hasMessage("Not a search segment: " + standIn);
    }
}
