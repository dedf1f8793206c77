package org.opencoi.certificate.domain;

/**
 * Where on a certificate's pages a value was read: the page (from 1) and the rectangle around the
 * text, in points from the page's left and top edges, as the page is shown upright. The review
 * screen shows the reviewer this part of the page beside the value.
 */
public record PageRegion(int page, float left, float top, float width, float height) {

    public PageRegion {
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1: " + page);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a region cannot have a negative size: " + width + " x " + height);
        }
    }

    public float right() {
        return left + width;
    }

    public float bottom() {
        return top + height;
    }

    /** The smallest region on the same page around both. */
    public PageRegion union(PageRegion other) {
        if (other.page != page) {
            throw new IllegalArgumentException("regions on pages " + page + " and " + other.page + " cannot be joined");
        }
        float newLeft = Math.min(left, other.left);
        float newTop = Math.min(top, other.top);
        return new PageRegion(page, newLeft, newTop, Math.max(right(), other.right()) - newLeft,
                Math.max(bottom(), other.bottom()) - newTop);
    }
}
