package org.gongkai.disclosure.sitetests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated page is valid HTML by the Nu HTML Checker (vnu), the W3C's validator. */
class HtmlValidityTest {

    /** Collects the checker's errors as {@code page:line:col: message}; warnings are not failures. */
    private static final class Errors implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }

        private String format(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        Path site = GeneratedSite.directory();
        List<String> pages = GeneratedSite.pages();
        Errors handler = new Errors();
        // Arguments: load entities from the bundled copies, no sniffing of the schema, language detection on.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        long started = System.nanoTime();
        for (String page : pages) {
            handler.page = page;
            validator.checkHtmlInputSource(served(site, page));
        }
        System.out.printf("vnu: %d pages validated, %d errors, %d warnings (%d ms)%n", pages.size(),
                handler.errors.size(), handler.warnings.size(), (System.nanoTime() - started) / 1_000_000);
        handler.warnings.forEach(w -> System.out.println("vnu warning: " + w));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(18);
        assertThat(handler.errors).as("HTML errors").isEmpty();
        assertThat(handler.warnings).as("warnings, e.g. a resource the security policy blocks").isEmpty();
    }

    /**
     * The page as if served from a web address, so that the checker resolves its links and applies its
     * Content-Security-Policy as a browser would ('self' means the site's own origin).
     */
    private static org.xml.sax.InputSource served(Path site, String page) throws java.io.IOException {
        org.xml.sax.InputSource source = new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(
                java.nio.file.Files.readAllBytes(site.resolve(page))));
        source.setSystemId("https://example.gov.cn/xfb/2024/" + page);
        source.setEncoding("UTF-8");
        return source;
    }

    @Test
    void theMultiUnitSitesPageTypesPassTooIncludingItsYearAndPagedIndexes() throws Exception {
        Path site = MultiUnitSite.directory();
        Errors handler = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        List<String> pages = MultiUnitSite.pageTypes();
        for (String page : pages) {
            handler.page = page;
            validator.checkHtmlInputSource(served(site, page));
        }
        System.out.printf("vnu: %d multi-unit pages validated, %d errors%n", pages.size(), handler.errors.size());
        assertThat(handler.errors).as("HTML errors").isEmpty();
    }
}
