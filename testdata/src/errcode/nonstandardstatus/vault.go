// Package nonstandardstatus compares HTTP statuses with values that APIs
// define without a net/http constant. Found on cert-manager's Vault health
// check (internal/vault/vault.go): a regression fixture for reporting
// every in-range status missing from net/http.
package nonstandardstatus

import (
	"errors"
	"net/http"
)

// checkHealth follows Vault's /sys/health: 429 standby, 472 disaster
// recovery secondary, 473 performance standby, 501 not initialized, 503
// sealed.
func checkHealth(healthResp *http.Response, err error) error {
	if err != nil {
		switch {
		case healthResp == nil:
			return err
		case healthResp.StatusCode == 429, healthResp.StatusCode == 472, healthResp.StatusCode == 473: // Vault's own statuses: in 100..599, valid
			return nil
		case healthResp.StatusCode == 501:
			return errors.New("vault is not initialized")
		}
	}
	return nil
}

func otherServers(resp *http.Response) bool {
	switch resp.StatusCode {
	case 419, 420, 440, 444, 460, 463, 499, 520, 524, 598: // Laravel, Twitter, IIS, nginx, AWS ELB, Cloudflare, proxies: in 100..599, valid
		return true
	}
	return resp.StatusCode == 5000 // want `^5000 is not a known HTTP status; did you mean 500 \(http\.StatusInternalServerError\)$`
}
