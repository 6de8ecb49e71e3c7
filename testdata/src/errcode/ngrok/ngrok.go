// Package ngrok compares ngrok error codes, which have no Go constants,
// with codes missing from the catalog bound to them (the real catalog of
// 1,608 codes): -catalog=file=ngrok-error-codes.txt,
// site=github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode,
// site=github.com/ngrok/ngrok-api-go/v7.IsErrorCode,format=ERR_NGROK_%d
package ngrok

import (
	"errors"
	"fmt"

	"github.com/ngrok/ngrok-api-go/v7"
)

func manyNear(err error) bool {
	return ngrok.IsErrorCode(err, 7003) // want `^7003 \(ERR_NGROK_7003\) is not a known code in ngrok-error-codes\.txt; did you mean 7000 \(ERR_NGROK_7000\), 7001 \(ERR_NGROK_7001\), 7002 \(ERR_NGROK_7002\) or one of 12 more$`
}

func predicateArg(err error) bool {
	return ngrok.IsErrorCode(err, 446, 4460) // want `^4460 \(ERR_NGROK_4460\) is not a known code in ngrok-error-codes\.txt; did you mean 4400 \(ERR_NGROK_4400\) or 4410 \(ERR_NGROK_4410\)$`
}

func noneNear(err error) bool {
	return ngrok.IsErrorCode(err, 5) // want `^5 \(ERR_NGROK_5\) is not a known code in ngrok-error-codes\.txt; no known code is near it$`
}

func field(err error) bool {
	var nerr *ngrok.Error
	return errors.As(err, &nerr) && nerr.ErrorCode == "ERR_NGROK_3201" // want `^"ERR_NGROK_3201" is not a known code in ngrok-error-codes\.txt; did you mean "ERR_NGROK_3200", "ERR_NGROK_3202", "ERR_NGROK_3203" or one of \d+ more$`
}

func caseOnly(nerr *ngrok.Error) bool {
	return nerr.ErrorCode != "err_ngrok_120" // want `^"err_ngrok_120" is not a known code in ngrok-error-codes\.txt; did you mean "ERR_NGROK_120"$`
}

func formatted(nerr *ngrok.Error) bool {
	return nerr.ErrorCode == fmt.Sprintf("ERR_NGROK_%d", 99999) // want `^"ERR_NGROK_99999" is not a known code in ngrok-error-codes\.txt; .*$`
}

func negatives(err error, nerr *ngrok.Error, code int) bool {
	if ngrok.IsErrorCode(err, 7014, 511) { // codes of the catalog
		return true
	}
	if nerr.ErrorCode == "ERR_NGROK_404" { // an ngrok code (unrelated to HTTP 404), in the catalog
		return true
	}
	if nerr.ErrorCode == fmt.Sprintf("ERR_NGROK_%d", 3200) { // formats to a code of the catalog
		return true
	}
	if ngrok.IsErrorCode(err, code) { // a code read from a variable
		return true
	}
	if nerr.Msg == "ERR_NGROK_1" { // Msg is not bound to the catalog
		return true
	}
	return nerr.StatusCode == 404 // an HTTP status, checked against net/http, not the catalog
}
