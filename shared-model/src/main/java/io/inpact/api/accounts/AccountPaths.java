package io.inpact.api.accounts;

/**
 * Account paths added to the contract of /work/shared/API.md (the contract's own paths are in
 * {@code io.inpact.api.common.ApiPaths}).
 */
public final class AccountPaths {

    /** POST {@link ForgotPasswordRequest} → 202, the same whether the e-mail is known or not. */
    public static final String FORGOT_PASSWORD = "/api/auth/forgot-password";
    /** POST {@link ResetPasswordRequest} → 204; every session of the user ends. */
    public static final String RESET_PASSWORD = "/api/auth/reset-password";
    /** PUT raw PNG/JPEG/WebP bytes (≤ 2 MB) → 200 {@link ImageRef}; creator only. */
    public static final String CREATOR_AVATAR = "/api/creators/me/avatar";
    /** PUT raw PNG/JPEG/WebP bytes (≤ 2 MB) → 200 {@link ImageRef}; brand only. */
    public static final String BRAND_LOGO = "/api/brands/me/logo";
    /** GET a stored image, with ETag and Cache-Control; anyone (pictures are public like the profiles). */
    public static final String IMAGE = "/api/images/{id}";
    public static final String IMAGES_PREFIX = "/api/images/";
    /** The SPA page a reset link points at: {@code PUBLIC_URL + RESET_PAGE + "?token=..."}. */
    public static final String RESET_PAGE = "/reset-password";

    public static final int IMAGE_MAX_BYTES = 2 * 1024 * 1024;

    private AccountPaths() {
    }
}
