package org.gongkai.disclosure.review;

import java.nio.file.Path;

import org.gongkai.disclosure.testing.ContentFixture;
import org.gongkai.disclosure.testing.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReviewTest {

    @TempDir
    Path project;

    @Test
    void explore() {
        ReviewFixture review = new ReviewFixture(ContentFixture.seed(project));
        review.review();
        review.findings().forEach(System.out::println);
        review.log().forEach(System.out::println);
    }
}
