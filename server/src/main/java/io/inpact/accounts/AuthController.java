package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.common.ApiPaths;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final AccountService accounts;
    private final PasswordResetService resets;

    AuthController(AccountService accounts, PasswordResetService resets) {
        this.accounts = accounts;
        this.resets = resets;
    }

    @Post(ApiPaths.AUTH_SIGNUP)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<UserResponse> signup(@Body SignupRequest body, HttpRequest<?> request) {
        AccountService.SignedIn signedIn = accounts.signup(body, request);
        return HttpResponse.created(new UserResponse(signedIn.user())).cookie(signedIn.cookie());
    }

    @Post(ApiPaths.AUTH_LOGIN)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<UserResponse> login(@Body LoginRequest body, HttpRequest<?> request) {
        AccountService.SignedIn signedIn = accounts.login(body, request);
        return HttpResponse.ok(new UserResponse(signedIn.user())).cookie(signedIn.cookie());
    }

    @Post(ApiPaths.AUTH_LOGOUT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.<Void>noContent().cookie(accounts.logout(authentication, request));
    }

    @Get(ApiPaths.AUTH_ME)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse me(Authentication authentication) {
        return new UserResponse(accounts.me(authentication));
    }

    @Post(AccountPaths.FORGOT_PASSWORD)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> forgotPassword(@Body ForgotPasswordRequest body, HttpRequest<?> request) {
        resets.requestReset(body, ClientAddress.of(request));
        return HttpResponse.accepted();
    }

    @Post(AccountPaths.RESET_PASSWORD)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> resetPassword(@Body ResetPasswordRequest body) {
        resets.reset(body);
        return HttpResponse.noContent();
    }
}
