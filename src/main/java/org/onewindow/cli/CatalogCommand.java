package org.onewindow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.onewindow.codec.CatalogFormatException;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialList;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow catalog check|format|materials|search}: administrators check a catalog file before
 * they publish it, put it in the canonical layout (so publications diff cleanly) and review what a
 * bundle asks for; support staff see what the window's search finds.
 * Without {@code --file} the bundled demo catalog is used.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "事项目录：校验目录文件、查看材料清单、检索事项",
        subcommands = {CatalogCommand.Check.class, CatalogCommand.Format.class, CatalogCommand.Materials.class,
                CatalogCommand.Search.class})
public final class CatalogCommand {

    static final int FAILED = 1;

    /** Reads the catalog named by {@code --file}, or the bundled one. */
    abstract static class CatalogStep implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--file", paramLabel = "FILE", description = "目录 JSON 文件（缺省为内置演示目录）")
        Path file;

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Catalog catalog = file == null ? CatalogJson.bundled() : read(file);
                run(catalog, out);
                out.flush();
                return 0;
            } catch (CatalogFormatException | IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return FAILED;
            }
        }

        abstract void run(Catalog catalog, PrintWriter out);

        static Catalog read(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("找不到目录文件：" + file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return CatalogJson.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "校验目录文件，列出各套餐节省的材料数")
    static final class Check extends CatalogStep {
        @Override
        void run(Catalog catalog, PrintWriter out) {
            out.printf("目录版本 %s（发布于 %s）：%d 个部门，%d 个事项，%d 个套餐，校验通过%n", catalog.version(),
                    catalog.publishedAt(), catalog.departments().size(), catalog.items().size(), catalog.bundles().size());
            for (Bundle bundle : catalog.bundles()) {
                ApplicantType applicant = catalog.applicantTypesOf(bundle).iterator().next();
                MaterialList list = Selection.ofBundle(catalog, bundle.code(), applicant, Set.of()).materials();
                out.printf("  %s（%s）：%d 个事项，共需 %d 份材料，比逐项申请少 %d 份%n", bundle.name(), bundle.code(),
                        bundle.itemCodes().size(), list.mergedCount(), list.saving());
            }
        }
    }

    @Command(name = "format", mixinStandardHelpOptions = true,
            description = "校验目录文件并按标准格式改写（字段顺序、缩进固定，便于比较版本差异）")
    static final class Format implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "要改写的目录 JSON 文件")
        Path file;

        @Override
        public Integer call() {
            try {
                Catalog catalog = CatalogStep.read(file);
                Path written = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(written, CatalogJson.write(catalog));
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println("已按标准格式改写目录 " + catalog.version() + "：" + file);
                return 0;
            } catch (CatalogFormatException | IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return FAILED;
            } catch (IOException e) {
                spec.commandLine().getErr().println("无法写入目录文件 " + file + "：" + e.getMessage());
                return FAILED;
            }
        }
    }

    @Command(name = "materials", mixinStandardHelpOptions = true, description = "所选事项或套餐的合并材料清单")
    static final class Materials extends CatalogStep {
        @ArgGroup(multiplicity = "1")
        Chosen chosen;

        static final class Chosen {
            @Option(names = "--bundle", paramLabel = "CODE", description = "套餐编码，例如 YJS-KCG")
            String bundle;

            @Option(names = "--item", paramLabel = "CODE", description = "事项编码，可重复")
            List<String> items;
        }

        @Option(names = "--applicant", paramLabel = "TYPE", defaultValue = "PERSON",
                description = "申请人类型：PERSON（自然人）或 COMPANY（法人及其他组织），缺省 PERSON")
        String applicant;

        @Option(names = "--situation", paramLabel = "CODE", description = "情形编码，可重复，例如 QX-WTDL（委托代理）")
        List<String> situations = new ArrayList<>();

        @Override
        void run(Catalog catalog, PrintWriter out) {
            ApplicantType type = applicantType(applicant);
            Selection selection = chosen.bundle != null
                    ? Selection.ofBundle(catalog, chosen.bundle, type, Set.copyOf(situations))
                    : Selection.ofItems(catalog, chosen.items, type, Set.copyOf(situations));
            MaterialList list = selection.materials();
            int number = 1;
            for (MaterialLine line : list.lines()) {
                out.printf("%2d. %s　%s　[%s]%s%n", number++, line.name(), describe(line.requirement()),
                        String.join("、", line.itemCodes()), line.shared() ? "　共用，只交一次" : "");
            }
            for (MaterialList.ProducedMaterial produced : list.produced()) {
                out.printf("　　%s　由本套餐的 %s 出具，无需提交　[%s]%n", produced.requirement().name(), produced.issuedBy(),
                        String.join("、", produced.neededBy()));
            }
            out.printf("共需 %d 份材料，逐项申请需 %d 份，少 %d 份；承诺时限 %s，法定时限 %d 个工作日%n",
                    list.mergedCount(), list.itemByItemCount(), list.saving(),
                    selection.promisedDays() == 0 ? "当场办结" : selection.promisedDays() + " 个工作日",
                    selection.statutoryDays());
        }

        private static ApplicantType applicantType(String typed) {
            for (ApplicantType type : ApplicantType.values()) {
                if (type.name().equalsIgnoreCase(typed) || type.label().equals(typed)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("申请人类型“" + typed + "”无效：应为 PERSON（自然人）或 COMPANY（法人及其他组织）");
        }

        private static String describe(MaterialRequirement requirement) {
            StringBuilder text = new StringBuilder(requirement.form().label());
            if (requirement.copies() > 0) {
                text.append(' ').append(requirement.copies()).append(" 份");
            }
            text.append(requirement.required() ? "　必要" : "　非必要");
            if (requirement.tolerable()) {
                text.append("　可容缺");
            }
            if (requirement.commitmentAllowed()) {
                text.append("　可告知承诺");
            }
            if (requirement.obtainableFromElectronicLicence()) {
                text.append("　免提交（电子证照：").append(requirement.electronicLicence()).append('）');
            }
            return text.toString();
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "按名称、编码、部门或拼音（如 yyzz）检索事项和套餐")
    static final class Search extends CatalogStep {
        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "检索词，多个词须同时匹配")
        List<String> words;

        @Override
        void run(Catalog catalog, PrintWriter out) {
            var hits = new ItemSearch(catalog).search(String.join(" ", words));
            if (hits.isEmpty()) {
                out.println("没有找到匹配的事项或套餐");
            }
            hits.forEach(hit -> out.printf("%-10s %s　（匹配：%s）%n", hit.code(), hit.name(), hit.matchedText()));
        }
    }
}
