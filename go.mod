module github.com/dlserr/dlserr

go 1.21
