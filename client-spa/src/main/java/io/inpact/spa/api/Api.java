package io.inpact.spa.api;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileJson;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.BrandProfileUpdateJson;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileJson;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.CreatorProfileUpdateJson;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.ForgotPasswordRequestJson;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.ImageRefJson;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.LoginRequestJson;
import io.inpact.api.accounts.PublicBrandProfile;
import io.inpact.api.accounts.PublicBrandProfileJson;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.api.accounts.PublicCreatorProfileJson;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.accounts.ResetPasswordRequestJson;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.SignupRequestJson;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.accounts.UserResponseJson;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.ErrorBody;
import io.inpact.api.common.ErrorBodyJson;
import io.inpact.api.common.SystemInfo;
import io.inpact.api.common.SystemInfoJson;
import io.inpact.json.JsonCodec;
import io.inpact.spa.UrlCodec;
import org.teavm.jso.file.File;

/**
 * The typed API client: one method per endpoint, shared-model records in and out, encoded and decoded
 * with the codecs generated from those records. Failures arrive as {@link ApiError} with the server's
 * message and field errors.
 */
public final class Api {

    private final Transport transport;

    public Api(Listener listener) {
        this.transport = new Transport(listener);
    }

    /** Hears how many requests run (for the loading bar) and when the session turned out to be gone. */
    public interface Listener {
        void inFlight(int count);

        /** A call outside /api/auth/ answered 401: the session has ended. */
        void unauthorized(String path);
    }

    public Call systemInfo(Callback<SystemInfo> callback) {
        return get(ApiPaths.SYSTEM_INFO, SystemInfoJson.CODEC, callback);
    }

    public Call me(Callback<UserView> callback) {
        return get(ApiPaths.AUTH_ME, UserResponseJson.CODEC, user(callback));
    }

    public Call signup(SignupRequest request, Callback<UserView> callback) {
        return send("POST", ApiPaths.AUTH_SIGNUP, request, SignupRequestJson.CODEC, UserResponseJson.CODEC,
                user(callback));
    }

    public Call login(LoginRequest request, Callback<UserView> callback) {
        return send("POST", ApiPaths.AUTH_LOGIN, request, LoginRequestJson.CODEC, UserResponseJson.CODEC,
                user(callback));
    }

    public Call logout(Callback<Void> callback) {
        return send("POST", ApiPaths.AUTH_LOGOUT, null, null, null, callback);
    }

    public Call forgotPassword(ForgotPasswordRequest request, Callback<Void> callback) {
        return send("POST", AccountPaths.FORGOT_PASSWORD, request, ForgotPasswordRequestJson.CODEC, null, callback);
    }

    public Call resetPassword(ResetPasswordRequest request, Callback<Void> callback) {
        return send("POST", AccountPaths.RESET_PASSWORD, request, ResetPasswordRequestJson.CODEC, null, callback);
    }

    public Call myCreatorProfile(Callback<CreatorProfile> callback) {
        return get(ApiPaths.CREATOR_MY_PROFILE, CreatorProfileJson.CODEC, callback);
    }

    public Call saveCreatorProfile(CreatorProfileUpdate update, Callback<CreatorProfile> callback) {
        return send("PUT", ApiPaths.CREATOR_MY_PROFILE, update, CreatorProfileUpdateJson.CODEC,
                CreatorProfileJson.CODEC, callback);
    }

    public Call myBrandProfile(Callback<BrandProfile> callback) {
        return get(ApiPaths.BRAND_MY_PROFILE, BrandProfileJson.CODEC, callback);
    }

    public Call saveBrandProfile(BrandProfileUpdate update, Callback<BrandProfile> callback) {
        return send("PUT", ApiPaths.BRAND_MY_PROFILE, update, BrandProfileUpdateJson.CODEC, BrandProfileJson.CODEC,
                callback);
    }

    public Call creator(String id, Callback<PublicCreatorProfile> callback) {
        return get(UrlCodec.fill(ApiPaths.CREATOR, id), PublicCreatorProfileJson.CODEC, callback);
    }

    public Call brand(String id, Callback<PublicBrandProfile> callback) {
        return get(UrlCodec.fill(ApiPaths.BRAND, id), PublicBrandProfileJson.CODEC, callback);
    }

    /** Uploads a picture as raw bytes; the server checks the type by content. */
    public Call uploadImage(String path, File file, Callback<ImageRef> callback) {
        return transport.upload(path, file, (status, body, retryAfter) ->
                deliver(status, body, retryAfter, ImageRefJson.CODEC, callback));
    }

    public <T> Call get(String path, JsonCodec<T> response, Callback<T> callback) {
        return transport.send("GET", path, null, null, (status, body, retryAfter) ->
                deliver(status, body, retryAfter, response, callback));
    }

    public <B, T> Call send(String method, String path, B body, JsonCodec<B> request, JsonCodec<T> response,
                            Callback<T> callback) {
        String json = body == null ? null : request.toJson(body);
        return transport.send(method, path, "application/json", json, (status, text, retryAfter) ->
                deliver(status, text, retryAfter, response, callback));
    }

    private static <T> void deliver(int status, String body, String retryAfter, JsonCodec<T> codec,
                                    Callback<T> callback) {
        if (status >= 200 && status < 300) {
            T value;
            try {
                value = codec == null || body == null || body.isEmpty() ? null : codec.fromJson(body);
            } catch (RuntimeException e) {
                callback.failure(ApiError.transport(status));
                return;
            }
            callback.success(value);
            return;
        }
        callback.failure(error(status, body, retryAfter));
    }

    static ApiError error(int status, String body, String retryAfter) {
        ErrorBody parsed = null;
        if (body != null && body.startsWith("{")) {
            try {
                parsed = ErrorBodyJson.CODEC.fromJson(body);
            } catch (RuntimeException e) {
                parsed = null;
            }
        }
        if (parsed == null) {
            return ApiError.transport(status);
        }
        ApiError error = ApiError.of(parsed, status);
        if (status == 429 && retryAfter != null && !retryAfter.isEmpty()) {
            return new ApiError(error.status(), error.code(),
                    error.message() + " Try again in " + retryAfter + " seconds.", error.fieldErrors());
        }
        return error;
    }

    private static Callback<UserResponse> user(Callback<UserView> callback) {
        return new Callback<>() {
            @Override
            public void success(UserResponse value) {
                callback.success(value == null ? null : value.user());
            }

            @Override
            public void failure(ApiError error) {
                callback.failure(error);
            }
        };
    }
}
