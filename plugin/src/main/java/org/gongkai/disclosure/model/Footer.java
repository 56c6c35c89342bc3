package org.gongkai.disclosure.model;

import java.net.URI;

/**
 * What the footer of a government website shows after the State Council's guidance on government websites
 * (国办发〔2017〕47号): the organiser, how to reach it, the filing numbers, the Party and government website mark, the
 * "report an error" link, and the original filing. From {@code site.yaml}; every field may be null, and a footer
 * shows only what is set.
 *
 * @param organizer 主办单位, the body that runs the website
 * @param address 联系地址
 * @param phone 联系电话, as written
 * @param icp the ICP filing number (ICP备案号), e.g. {@code 沪ICP备12345678号}
 * @param publicSecurity the public-security filing number (公安机关备案号), e.g. {@code 沪公网安备31011702000001号}
 * @param partyGovernmentMark where the Party and government website mark (党政机关网站标识) leads: the website's entry
 *     in the register of Party and government websites
 * @param errorReport the address of 我为政府网站找错, the national form for reporting errors on government websites
 * @param originalFiling the address of the original filing (the PDF the site transcribes)
 */
public record Footer(Text organizer, Text address, String phone, String icp, String publicSecurity,
        URI partyGovernmentMark, URI errorReport, URI originalFiling) {

    public static final Footer NONE = new Footer(null, null, null, null, null, null, null, null);

    /** This footer's settings, each taken from {@code base} where this one has none. */
    public Footer over(Footer base) {
        return new Footer(or(organizer, base.organizer), or(address, base.address), or(phone, base.phone),
                or(icp, base.icp), or(publicSecurity, base.publicSecurity),
                or(partyGovernmentMark, base.partyGovernmentMark), or(errorReport, base.errorReport),
                or(originalFiling, base.originalFiling));
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
