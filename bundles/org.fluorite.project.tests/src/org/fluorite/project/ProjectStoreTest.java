package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.project.filter.TableFilter;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusPeriod;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real SQLite files with synthetic movies whose traces are known exactly. */
class ProjectStoreTest {

    static SampleDraft draft(String animal, String trial, int frames, int base, String leftTag, String promoter, long stage) {
        StimulusMap stim = StimulusMap.of("stim", List.of(new StimulusType("light", TimeUnit.FRAMES,
                List.of(new StimulusPeriod("blue", 1, 3, 0x0000FF), new StimulusPeriod("red", 0, 1, 0xFF0000)))));
        return SampleDraft.builder(new SampleId(animal, trial))
                .image(ProjectTestSupport.movie(frames, base).withMetadata(Metadata.EMPTY.with(Metadata.FPS, 5.0)), null)
                .rois(ProjectTestSupport.halves(leftTag, "untagged")).stimulus(stim).value("promoter", promoter)
                .value("stage", Long.toString(stage)).comments("first").metadata(Metadata.EMPTY.with("lab", "north"))
                .build();
    }

    @Test
    void createMakesTheFoldersTheDatabaseAndTheConfiguration(@TempDir Path dir) throws Exception {
        Path pdir = dir.resolve("proj");
        try (Project p = Project.create(pdir, "Retina", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            for (String f : Project.FOLDERS) {
                assertTrue(Files.isDirectory(pdir.resolve(f)), f);
            }
            assertTrue(Files.isRegularFile(pdir.resolve("project.sqlite")));
            assertEquals("Retina", p.name());
            assertEquals(2, p.schemaVersion());
            assertEquals(List.of("cell_name"), p.configuration().roiTypes());
            assertEquals(List.of("light"), p.configuration().stimulusTypes());
            assertEquals(ValueType.INTEGER, p.configuration().column("stage").orElseThrow().type());
            assertEquals("ok", p.integrityCheck());
            ProjectException twice = assertThrows(ProjectException.class, () -> Project.open(pdir, ProjectTestSupport.options()));
            assertTrue(twice.getMessage().contains("is open in another Fluorite"), twice.getMessage());
        }
        assertTrue(Project.isProject(pdir));
        assertThrows(ProjectException.class, () -> Project.create(pdir, "x", ProjectConfiguration.EMPTY, ProjectTestSupport.options()));
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            assertEquals(5, p.configuration().columns().size(), "the configuration survives reopening");
        }
    }

    @Test
    void addedSampleReadsBackWithTracesTagsStimulusValuesAndHistory(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            Sample s = p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            assertEquals("a1-_-1", s.id().toString());
            assertEquals(4, s.frames());
            assertEquals(8, s.width());
            assertEquals(6, s.height());
            assertEquals(ImageStorage.COPY, s.storage());
            assertTrue(s.imageFile().startsWith(p.directory().resolve("images")));
            assertEquals(2, s.rois().size());
            assertArrayEquals(new double[] {1, 11, 21, 31}, s.rois().get(0).trace(), 0);
            assertArrayEquals(new double[] {2, 12, 22, 32}, s.rois().get(1).trace(), 0);
            assertEquals("pr_1", s.rois().get(0).roi().properties().tag("cell_name"));
            assertEquals(0xFF0000, s.rois().get(1).roi().properties().colour());
            assertEquals(new RectangleRoi(s.rois().get(1).roi().properties(), 4, 0, 4, 6, 0), s.rois().get(1).roi());
            assertEquals("pc2", s.customValues().get("promoter"));
            assertEquals(48L, s.customValues().get("stage"));
            assertFalse(s.customValues().containsKey("dose"), "no value and no replace value");
            assertEquals(2, s.stimulus().periodCount());
            assertEquals("first", s.comments());
            assertEquals(5.0, s.metadata().fps().orElseThrow());
            assertEquals("north", s.metadata().get("lab"));
            assertEquals("project.add-sample", s.provenance().operations().get(s.provenance().operations().size() - 1).name());
            Image back = p.openImage(s);
            assertEquals(4, back.planeCount());
            assertEquals(32, back.planeAt(3).get(7, 5));
            back.close();
            ProjectException again = assertThrows(ProjectException.class,
                    () -> p.addSample(draft("a1", "1", 4, 0, "x", "x", 1), ProgressMonitor.NONE));
            assertTrue(again.getMessage().contains("sample a1-_-1 exists already"), again.getMessage());
        }
    }

    @Test
    void projectTableHasOneRowPerRoiWithConfiguredColumns(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            p.addSample(draft("a2", "t2", 4, 5, "palp", "cng_ch4", 72), ProgressMonitor.NONE);
            p.addSample(SampleDraft.builder(new SampleId("empty", "1")).image(ProjectTestSupport.movie(2, 0), null).build(),
                    ProgressMonitor.NONE);
            Table t = p.table();
            assertEquals(5, t.rowCount(), "2 + 2 ROIs and one row for the sample without ROIs");
            assertEquals(List.of("SampleID", "AnimalID", "TrialID", "ImgUUID", "ROI_UUID", "ROI_index", "ROI_name", "ROI_shape",
                    "cell_name", "light", "promoter", "stage", "dose", "comments", "date"), t.columnNames());
            assertEquals("a2-_-t2", t.require("SampleID").getText(2));
            assertEquals("palp", t.require("cell_name").getText(2));
            assertEquals("untagged", t.require("cell_name").getText(3));
            assertEquals("red, blue", t.require("light").getText(0), "period names in chronological order");
            assertEquals("untagged", t.require("light").getText(4));
            assertEquals(72.0, t.require("stage").getDouble(2));
            assertTrue(Double.isNaN(t.require("dose").getDouble(0)));
            assertEquals("rectangle", t.require("ROI_shape").getText(1));
            assertEquals("", t.require("ROI_UUID").getText(4));
            Map<String, double[]> traces = p.traces(List.of(t.require("ROI_UUID").getText(3)));
            assertArrayEquals(new double[] {7, 17, 27, 37}, traces.values().iterator().next(), 0, "right half of base 5");
            assertEquals(4, TableFilter.of("promoter", "pc2|ch4").rows(t).length);
            assertEquals(4, TableFilter.of("stage", "$RANGE:40..80").rows(t).length);
        }
    }

    @Test
    void configurationChangesFillExistingSamples(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            p.addColumn(ProjectColumn.custom("drug_state", ValueType.TEXT, "control"));
            p.addColumn(ProjectColumn.custom("temperature", ValueType.DECIMAL, "21.5"));
            p.addColumn(ProjectColumn.custom("note", ValueType.TEXT, null));
            p.addColumn(ProjectColumn.roiType("anatomical_region"));
            p.addColumn(ProjectColumn.stimulusType("odour"));
            Table t = p.table();
            assertEquals("control", t.require("drug_state").getText(0));
            assertEquals(21.5, t.require("temperature").getDouble(1));
            assertEquals("untagged", t.require("note").getText(0));
            assertEquals("untagged", t.require("anatomical_region").getText(1));
            assertEquals("untagged", t.require("odour").getText(0));
            assertEquals("control", p.sample(new SampleId("a1", "1")).orElseThrow().customValues().get("drug_state"),
                    "the replace value is stored, not only shown");
            assertThrows(IllegalArgumentException.class, () -> p.addColumn(ProjectColumn.custom("stage", ValueType.TEXT, null)));
            assertThrows(IllegalArgumentException.class, () -> p.addColumn(ProjectColumn.custom("n", ValueType.INTEGER, "x")));
            p.removeColumn("note");
            assertFalse(p.table().column("note").isPresent());
            Sample added = p.addSample(draft("a2", "1", 4, 0, "x", "y", 1), ProgressMonitor.NONE);
            assertEquals("control", added.customValues().get("drug_state"), "new samples get the replace value too");
        }
        try (Project p = Project.open(dir.resolve("p"), ProjectTestSupport.options())) {
            assertEquals(9, p.configuration().columns().size());
            assertEquals(21.5, p.configuration().column("temperature").orElseThrow().replaceValue());
        }
    }

    @Test
    void valuesAreCheckedAgainstTheConfiguration(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.addSample(
                    SampleDraft.builder(new SampleId("a", "1")).image(ProjectTestSupport.movie(2, 0), null).value("stage", "late").build(),
                    ProgressMonitor.NONE));
            assertTrue(e.getMessage().contains("'late' is not one"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> p.addSample(
                    SampleDraft.builder(new SampleId("a", "1")).image(ProjectTestSupport.movie(2, 0), null).value("colour", "red").build(),
                    ProgressMonitor.NONE));
            assertTrue(e.getMessage().contains("no custom column 'colour'"), e.getMessage());
            assertEquals(0, p.sampleIds().size(), "nothing was stored");
            assertEquals(0, p.backups().size(), "refused before the backup");
        }
    }

    @Test
    void saveOverKeepsIdsAndReplacesContentWithOrWithoutImageData(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            Sample first = p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            // change a tag and the comments, keep the ROI uuids and the image
            RoiSet retagged = ProjectTestSupport.halves("mn", "palp");
            Sample second = p.replaceSample(SampleDraft.builder(first.id()).rois(retagged).roiUuids(first.roiUuids())
                    .comments("second").value("promoter", "hnk1").build(), false, ProgressMonitor.NONE);
            assertEquals(first.imageUuid(), second.imageUuid());
            assertEquals(first.imageFile(), second.imageFile());
            assertEquals(first.roiUuids(), second.roiUuids());
            assertEquals(first.date(), second.date());
            assertEquals("mn", second.rois().get(0).roi().properties().tag("cell_name"));
            assertArrayEquals(new double[] {1, 11, 21, 31}, second.rois().get(0).trace(), 0, "measured on the stored movie");
            assertEquals("second", second.comments());
            assertEquals("hnk1", second.customValues().get("promoter"));
            assertEquals(48L, second.customValues().get("stage"), "values not given stay");
            // replace the image data: a new file, same image uuid, the old copy removed
            Sample third = p.replaceSample(SampleDraft.builder(first.id()).image(ProjectTestSupport.movie(6, 100), null)
                    .rois(retagged).build(), true, ProgressMonitor.NONE);
            assertEquals(first.imageUuid(), third.imageUuid());
            assertNotEquals(first.imageFile(), third.imageFile());
            assertFalse(Files.exists(first.imageFile()));
            assertEquals(6, third.frames());
            assertArrayEquals(new double[] {102, 112, 122, 132, 142, 152}, third.rois().get(1).trace(), 0);
            assertNotEquals(first.roiUuids(), third.roiUuids(), "ROIs without given uuids get new ones");
            assertEquals(List.of(first.id()), p.sampleIds());
            assertEquals(2, p.table().rowCount());
            assertThrows(ProjectException.class, () -> p.replaceSample(SampleDraft.builder(new SampleId("zz", "1")).build(), false,
                    ProgressMonitor.NONE));
            p.deleteSample(first.id());
            assertEquals(0, p.table().rowCount());
            assertFalse(Files.exists(third.imageFile()));
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void setValueOnSelectedRowsChangesCustomValuesTagsAndComments(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            p.addSample(draft("a2", "1", 4, 0, "pr_2", "pc2", 50), ProgressMonitor.NONE);
            Table t = p.table();
            Table firstRows = t.selectRows(new int[] {0});
            assertEquals(1, p.setValue(firstRows, "cell_name", "photoreceptor"));
            assertEquals(1, p.setValue(firstRows, "dose", "0.75"));
            assertEquals(2, p.setValue(t.selectRows(new int[] {1, 2}), "promoter", "cesa"));
            assertEquals(1, p.setValue(firstRows, "comments", "bright"));
            Table after = p.table();
            assertEquals(List.of("photoreceptor", "untagged", "pr_2", "untagged"), column(after, "cell_name"));
            assertEquals(0.75, after.require("dose").getDouble(1), "the value is per sample: both ROIs of a1-_-1 show it");
            assertEquals(List.of("cesa", "cesa", "cesa", "cesa"), column(after, "promoter"), "rows of both samples were selected");
            assertEquals(List.of("bright", "bright", "first", "first"), column(after, "comments"));
            Sample a1 = p.sample(new SampleId("a1", "1")).orElseThrow();
            assertEquals("photoreceptor", a1.rois().get(0).roi().properties().tag("cell_name"), "the ROI's JSON says it too");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.setValue(firstRows, "SampleID", "x"));
            assertTrue(e.getMessage().contains("never change"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> p.setValue(firstRows, "stage", "1.5"));
            assertThrows(IllegalArgumentException.class, () -> p.setValue(firstRows, "light", "x"));
        }
    }

    private static List<String> column(Table t, String name) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            out.add(t.require(name).getText(i));
        }
        return out;
    }

    @Test
    void tabsAreSavedWithTheProjectAndExportToCsv(@TempDir Path dir) throws Exception {
        Path pdir = dir.resolve("p");
        try (Project p = Project.create(pdir, "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(draft("a1", "1", 4, 0, "pr_1", "pc2", 48), ProgressMonitor.NONE);
            p.addSample(draft("a2", "1", 4, 0, "palp, \"big\"", "cng_ch4", 72), ProgressMonitor.NONE);
            ProjectTab pr = ProjectTab.root().child("photoreceptors", TableFilter.of("cell_name", "pr"));
            p.saveTab(pr);
            p.saveTab(ProjectTab.root().child("late", TableFilter.of("stage", "$>:60")));
            p.saveTab(pr.then(TableFilter.of("promoter", "$STR=:pc2")));
            assertThrows(IllegalArgumentException.class, () -> p.saveTab(ProjectTab.root()));
        }
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            List<ProjectTab> tabs = p.tabs();
            assertEquals(List.of("photoreceptors", "late"), tabs.stream().map(ProjectTab::name).toList(), "order kept on replace");
            assertEquals(2, tabs.get(0).history().size());
            assertEquals(1, tabs.get(0).apply(p.table()).rowCount());
            Path csv = dir.resolve("late.csv");
            p.exportCsv(tabs.get(1), csv);
            List<String> lines = Files.readAllLines(csv);
            assertEquals(3, lines.size(), "header and the two ROIs of a2-_-1");
            assertEquals("SampleID,AnimalID,TrialID,ImgUUID,ROI_UUID,ROI_index,ROI_name,ROI_shape,cell_name,light,promoter,stage,dose,comments,date",
                    lines.get(0));
            assertTrue(lines.get(1).startsWith("a2-_-1,a2,1,"), lines.get(1));
            assertTrue(lines.get(1).contains(",0,left,rectangle,\"palp, \"\"big\"\"\",\"red, blue\",cng_ch4,72,,first,"), lines.get(1));
            p.deleteTab("late");
            assertEquals(1, p.tabs().size());
        }
    }

    @Test
    void backupsAreTakenBeforeEveryAddAndRotated(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(),
                ProjectTestSupport.options().withBackupsToKeep(3))) {
            for (int i = 0; i < 5; i++) {
                p.addSample(draft("a" + i, "1", 2, 0, "x", "pc2", i), ProgressMonitor.NONE);
            }
            List<Path> backups = p.backups();
            assertEquals(3, backups.size());
            // the newest backup was taken just before the fifth sample: it holds four
            try (Project restored = openCopy(backups.get(2), dir.resolve("restored"))) {
                assertEquals(4, restored.sampleIds().size());
                assertEquals("ok", restored.integrityCheck());
            }
            try (Project restored = openCopy(backups.get(0), dir.resolve("restored0"))) {
                assertEquals(2, restored.sampleIds().size());
            }
        }
        try (Project p = Project.create(dir.resolve("none"), "p", ProjectConfiguration.EMPTY,
                ProjectTestSupport.options().withBackupsToKeep(0))) {
            p.addSample(SampleDraft.builder(new SampleId("a", "1")).image(ProjectTestSupport.movie(2, 0), null).build(),
                    ProgressMonitor.NONE);
            assertEquals(0, p.backups().size());
        }
    }

    private static Project openCopy(Path backup, Path target) throws Exception {
        Files.createDirectories(target);
        Files.copy(backup, target.resolve(Project.DATABASE));
        return Project.open(target, ProjectTestSupport.options());
    }

    @Test
    void referencedMovieIsCheckedOnOpenAndAChangeIsReportedNamingTheFile(@TempDir Path dir) throws Exception {
        Path movie = dir.resolve("movie.tif");
        Files.copy(org.fluorite.testing.TestData.file("fissa/b/images/AVG_A01.tif"), movie);
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectConfiguration.EMPTY, ProjectTestSupport.options())) {
            Image image = ProjectTestSupport.registry().open(movie, org.fluorite.io.ImportOptions.NONE, ProgressMonitor.NONE)
                    .firstImage();
            Sample s = p.addSample(SampleDraft.builder(new SampleId("ref", "1")).image(image, movie)
                    .storage(ImageStorage.REFERENCE).build(), ProgressMonitor.NONE);
            image.close();
            assertEquals(ImageStorage.REFERENCE, s.storage());
            assertEquals(movie.toAbsolutePath(), s.imageFile());
            assertEquals(org.fluorite.project.internal.ImageFiles.sha256(movie), s.imageSha256());
            assertEquals(64, s.imageSha256().length());
            try (var list = Files.list(p.directory().resolve("images"))) {
                assertEquals(0, list.count(), "a reference copies nothing");
            }
            Image back = p.openImage(s);
            assertEquals(29, back.planeCount());
            back.close();
            byte[] bytes = Files.readAllBytes(movie);
            bytes[bytes.length - 1] ^= 1;
            Files.write(movie, bytes);
            ProjectException e = assertThrows(ProjectException.class, () -> p.openImage(s));
            assertTrue(e.getMessage().startsWith(movie.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            Files.delete(movie);
            e = assertThrows(ProjectException.class, () -> p.openImage(s));
            assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        }
    }

    @Test
    void leftoversOfAnInterruptedSaveAreRemovedOnOpen(@TempDir Path dir) throws Exception {
        Path pdir = dir.resolve("p");
        Sample s;
        try (Project p = Project.create(pdir, "p", ProjectConfiguration.EMPTY, ProjectTestSupport.options())) {
            s = p.addSample(SampleDraft.builder(new SampleId("a", "1")).image(ProjectTestSupport.movie(2, 0), null).build(),
                    ProgressMonitor.NONE);
        }
        Path orphan = pdir.resolve("images/0f0e0d0c-0b0a-4909-8807-060504030201-12345678.tif");
        Path partial = pdir.resolve("images/0f0e0d0c-0b0a-4909-8807-060504030201-87654321.tif.partial");
        Path users = pdir.resolve("images/notes.txt");
        Files.writeString(orphan, "x");
        Files.writeString(partial, "x");
        Files.writeString(users, "mine");
        try (Project p = Project.open(pdir, ProjectTestSupport.options())) {
            assertFalse(Files.exists(orphan));
            assertFalse(Files.exists(partial));
            assertTrue(Files.exists(users), "files the project did not write are left alone");
            assertTrue(Files.exists(s.imageFile()));
        }
    }

    @Test
    void listenersHearOfEveryCommittedChange(@TempDir Path dir) throws Exception {
        List<ProjectChange> heard = new java.util.ArrayList<>();
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            ProjectListener listener = (project, change) -> heard.add(change);
            p.addListener(listener);
            SampleId a1 = new SampleId("a1", "1");
            p.addSample(draft("a1", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE);
            assertThrows(ProjectException.class, () -> p.addSample(draft("a1", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE));
            p.replaceSample(draft("a1", "1", 2, 0, "y", "pc2", 1), false, ProgressMonitor.NONE);
            p.setValue(p.table(), "promoter", "cesa");
            p.addColumn(ProjectColumn.roiType("region"));
            p.saveTab(ProjectTab.root().child("t", TableFilter.of("promoter", "cesa")));
            p.deleteSample(a1);
            p.removeListener(listener);
            p.deleteTab("t");
            assertEquals(List.of(new ProjectChange(ProjectChange.Kind.SAMPLE_ADDED, List.of(a1)),
                    new ProjectChange(ProjectChange.Kind.SAMPLE_REPLACED, List.of(a1)),
                    new ProjectChange(ProjectChange.Kind.VALUES_SET, List.of(a1)),
                    new ProjectChange(ProjectChange.Kind.CONFIGURATION_CHANGED, List.of()),
                    new ProjectChange(ProjectChange.Kind.TABS_CHANGED, List.of()),
                    new ProjectChange(ProjectChange.Kind.SAMPLE_DELETED, List.of(a1))), heard,
                    "failed changes and changes after removal are not heard");
        }
    }

    @Test
    void readersWorkBesideAWriterAndCannotChangeAnything(@TempDir Path dir) throws Exception {
        Path pdir = dir.resolve("p");
        try (Project writer = Project.create(pdir, "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            writer.addSample(draft("a1", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE);
            assertThrows(ProjectLockedException.class, () -> Project.open(pdir, ProjectTestSupport.options()));
            try (Project reader = Project.openForReading(pdir, ProjectTestSupport.options())) {
                assertTrue(reader.isReadOnly());
                assertEquals(2, reader.table().rowCount());
                writer.addSample(draft("a2", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE);
                assertEquals(4, reader.table().rowCount(), "the reader sees what the writer committed");
                ProjectException e = assertThrows(ProjectException.class,
                        () -> reader.addSample(draft("a3", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
                assertThrows(ProjectException.class, () -> reader.setValue(reader.table(), "promoter", "x"));
                assertThrows(ProjectException.class, () -> reader.saveTab(ProjectTab.root().child("t", TableFilter.of("stage", "1"))));
                assertThrows(ProjectException.class, () -> reader.addColumn(ProjectColumn.roiType("r")));
                assertThrows(ProjectException.class, () -> reader.deleteSample(new SampleId("a1", "1")));
            }
            writer.addSample(draft("a3", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE);
            assertEquals(3, writer.sampleIds().size());
        }
        try (Project alone = Project.openForReading(pdir, ProjectTestSupport.options())) {
            assertFalse(alone.isReadOnly(), "without another writer the project opens for writing");
        }
    }

    @Test
    void cancellingInTheMiddleOfASaveLeavesTheProjectAsItWas(@TempDir Path dir) throws Exception {
        try (Project p = Project.create(dir.resolve("p"), "p", ProjectTestSupport.configuration(), ProjectTestSupport.options())) {
            p.addSample(draft("a1", "1", 2, 0, "x", "pc2", 1), ProgressMonitor.NONE);
            assertThrows(org.fluorite.core.progress.CancelledException.class,
                    () -> p.addSample(draft("a2", "1", 2, 0, "x", "pc2", 1), cancelAfterOneRoi()));
            assertEquals(List.of(new SampleId("a1", "1")), p.sampleIds());
            assertEquals(2L, p.counts().get("rois"));
            try (var images = Files.list(p.directory().resolve("images"))) {
                assertEquals(1, images.count(), "the cancelled sample's movie copy is removed");
            }
            assertThrows(org.fluorite.core.progress.CancelledException.class, () -> p.replaceSample(
                    draft("a1", "1", 3, 0, "changed", "cesa", 9), true, cancelAfterOneRoi()));
            Sample a1 = p.sample(new SampleId("a1", "1")).orElseThrow();
            assertEquals(2, a1.frames(), "saving over was cancelled: the old sample stays");
            assertEquals("pc2", a1.customValues().get("promoter"));
            assertTrue(Files.isRegularFile(a1.imageFile()));
            try (var images = Files.list(p.directory().resolve("images"))) {
                assertEquals(1, images.count());
            }
        }
    }

    /** A monitor that asks to stop once one ROI of the transaction is saved. */
    private static ProgressMonitor cancelAfterOneRoi() {
        return new ProgressMonitor() {
            private boolean saving;
            private long done;

            @Override
            public void begin(String task, long totalWork) {
                saving = task.startsWith("Saving");
            }

            @Override
            public void worked(long units) {
                if (saving) {
                    done += units;
                }
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };
    }
}
